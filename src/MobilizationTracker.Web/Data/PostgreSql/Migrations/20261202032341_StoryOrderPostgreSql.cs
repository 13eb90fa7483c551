using Microsoft.EntityFrameworkCore.Migrations;
using MobilizationTracker.Web.Stories;

#nullable disable

namespace MobilizationTracker.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StoryOrderPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StoryMembers_StoryId",
                table: "StoryMembers");

            migrationBuilder.AddColumn<bool>(
                name: "Denied",
                table: "StoryMembers",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "StoryMembers",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoryMembers_StoryId_Position_Denied",
                table: "StoryMembers",
                columns: new[] { "StoryId", "Position", "Denied" });

            // The stored members' reporting order and denial (StoryQuery.IsShown reads them), and a
            // denial edit now lists its claim as changed, so they stay right.
            migrationBuilder.Sql(StoryMaintenance.BackfillOrderSql);
            migrationBuilder.Sql(StoryMaintenance.PostgreSqlDeniedTrigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS claims_stories_denied ON \"Claims\";");

            migrationBuilder.DropIndex(
                name: "IX_StoryMembers_StoryId_Position_Denied",
                table: "StoryMembers");

            migrationBuilder.DropColumn(
                name: "Denied",
                table: "StoryMembers");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "StoryMembers");

            migrationBuilder.CreateIndex(
                name: "IX_StoryMembers_StoryId",
                table: "StoryMembers",
                column: "StoryId");
        }
    }
}
