using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilizationTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClaimAttribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Attribution",
                table: "Claims",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attribution",
                table: "Claims");
        }
    }
}
