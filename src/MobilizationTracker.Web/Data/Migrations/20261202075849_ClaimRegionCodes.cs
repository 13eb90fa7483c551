using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilizationTracker.Web.Data.Migrations
{
    /// <summary>
    /// Claims.RegionCodes, a copy of the claim's ClaimRegions codes that triggers keep
    /// (<see cref="RegionCodesCopy"/>): the rows of a page, an export or the API read one column
    /// instead of a grouped subquery per row.
    /// </summary>
    public partial class ClaimRegionCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RegionCodes",
                table: "Claims",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // The triggers that keep the copy, then the backfill (RegionCodesCopy).
            foreach (var sql in RegionCodesCopy.SqliteUp)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in RegionCodesCopy.SqliteDown)
            {
                migrationBuilder.Sql(sql);
            }

            migrationBuilder.DropColumn(
                name: "RegionCodes",
                table: "Claims");
        }
    }
}
