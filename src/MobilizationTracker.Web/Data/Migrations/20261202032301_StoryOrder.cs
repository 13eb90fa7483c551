using Microsoft.EntityFrameworkCore.Migrations;
using MobilizationTracker.Web.Stories;

#nullable disable

namespace MobilizationTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoryOrder : Migration
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "StoryMembers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoryMembers_StoryId_Position_Denied",
                table: "StoryMembers",
                columns: new[] { "StoryId", "Position", "Denied" });

            // The stored members' reporting order and denial (StoryQuery.IsShown reads them), and a
            // denial edit now lists its claim as changed, so they stay right.
            migrationBuilder.Sql(StoryMaintenance.BackfillOrderSql);
            migrationBuilder.Sql(StoryMaintenance.SqliteDeniedTrigger);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Claims_stories_denied;");

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
