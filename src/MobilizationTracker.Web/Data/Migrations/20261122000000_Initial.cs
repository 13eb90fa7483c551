using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilizationTracker.Web.Data.Migrations;

/// <summary>
/// The first schema: articles, claims, sources and their aliases, regions, denials, and the two
/// region join tables. Written by hand (the EF design-time package does not restore here); the
/// model snapshot next to it must match the model exactly, which a test checks.
/// </summary>
[DbContext(typeof(TrackerDbContext))]
[Migration("20261122000000_Initial")]
public partial class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Published = table.Column<DateOnly>(type: "TEXT", nullable: false),
                RawContent = table.Column<string>(type: "TEXT", nullable: false),
                ContentFormat = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                CleanedText = table.Column<string>(type: "TEXT", nullable: false),
                ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                IngestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Articles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Regions",
            columns: table => new
            {
                Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                NameRu = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Regions", x => x.Code);
            });

        migrationBuilder.CreateTable(
            name: "Sources",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sources", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ArticleDenials",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Evidence = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleDenials", x => x.Id);
                table.ForeignKey(
                    name: "FK_ArticleDenials_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ArticleRegions",
            columns: table => new
            {
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                RegionCode = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ArticleRegions", x => new { x.ArticleId, x.RegionCode });
                table.ForeignKey(
                    name: "FK_ArticleRegions_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ArticleRegions_Regions_RegionCode",
                    column: x => x.RegionCode,
                    principalTable: "Regions",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Claims",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                Figure = table.Column<int>(type: "INTEGER", nullable: true),
                Low = table.Column<int>(type: "INTEGER", nullable: true),
                High = table.Column<int>(type: "INTEGER", nullable: true),
                Qualifier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                ClaimDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                ClaimDatePrecision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Denied = table.Column<bool>(type: "INTEGER", nullable: false),
                DeniedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Evidence = table.Column<string>(type: "TEXT", nullable: false),
                EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                EvidenceLength = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Claims", x => x.Id);
                table.ForeignKey(
                    name: "FK_Claims_Articles_ArticleId",
                    column: x => x.ArticleId,
                    principalTable: "Articles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Claims_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "SourceAliases",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                Alias = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false, collation: "NOCASE"),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SourceAliases", x => x.Id);
                table.ForeignKey(
                    name: "FK_SourceAliases_Sources_SourceId",
                    column: x => x.SourceId,
                    principalTable: "Sources",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ClaimRegions",
            columns: table => new
            {
                ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                RegionCode = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClaimRegions", x => new { x.ClaimId, x.RegionCode });
                table.ForeignKey(
                    name: "FK_ClaimRegions_Claims_ClaimId",
                    column: x => x.ClaimId,
                    principalTable: "Claims",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ClaimRegions_Regions_RegionCode",
                    column: x => x.RegionCode,
                    principalTable: "Regions",
                    principalColumn: "Code",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_ArticleDenials_ArticleId", table: "ArticleDenials", column: "ArticleId");
        migrationBuilder.CreateIndex(name: "IX_ArticleRegions_RegionCode_ArticleId", table: "ArticleRegions", columns: new[] { "RegionCode", "ArticleId" });
        migrationBuilder.CreateIndex(name: "IX_Articles_ContentHash", table: "Articles", column: "ContentHash", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Articles_Outlet", table: "Articles", column: "Outlet");
        migrationBuilder.CreateIndex(name: "IX_Articles_Published", table: "Articles", column: "Published");
        migrationBuilder.CreateIndex(name: "IX_Articles_Url", table: "Articles", column: "Url", unique: true);
        migrationBuilder.CreateIndex(name: "IX_ClaimRegions_RegionCode_ClaimId", table: "ClaimRegions", columns: new[] { "RegionCode", "ClaimId" });
        migrationBuilder.CreateIndex(name: "IX_Claims_ArticleId_ClaimDate_Id", table: "Claims", columns: new[] { "ArticleId", "ClaimDate", "Id" });
        migrationBuilder.CreateIndex(name: "IX_Claims_ClaimDate_Id", table: "Claims", columns: new[] { "ClaimDate", "Id" });
        migrationBuilder.CreateIndex(name: "IX_Claims_Denied_ClaimDate_Id", table: "Claims", columns: new[] { "Denied", "ClaimDate", "Id" });
        migrationBuilder.CreateIndex(name: "IX_Claims_Figure", table: "Claims", column: "Figure");
        migrationBuilder.CreateIndex(name: "IX_Claims_Kind_ClaimDate_Id", table: "Claims", columns: new[] { "Kind", "ClaimDate", "Id" });
        migrationBuilder.CreateIndex(name: "IX_Claims_SourceId_ClaimDate_Id", table: "Claims", columns: new[] { "SourceId", "ClaimDate", "Id" });
        migrationBuilder.CreateIndex(name: "IX_SourceAliases_Alias", table: "SourceAliases", column: "Alias", unique: true);
        migrationBuilder.CreateIndex(name: "IX_SourceAliases_SourceId", table: "SourceAliases", column: "SourceId");
        migrationBuilder.CreateIndex(name: "IX_Sources_Name", table: "Sources", column: "Name", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ArticleDenials");
        migrationBuilder.DropTable(name: "ArticleRegions");
        migrationBuilder.DropTable(name: "ClaimRegions");
        migrationBuilder.DropTable(name: "SourceAliases");
        migrationBuilder.DropTable(name: "Claims");
        migrationBuilder.DropTable(name: "Regions");
        migrationBuilder.DropTable(name: "Articles");
        migrationBuilder.DropTable(name: "Sources");
    }
}
