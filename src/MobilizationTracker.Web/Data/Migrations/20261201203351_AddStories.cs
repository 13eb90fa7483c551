using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilizationTracker.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddStories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Low = table.Column<int>(type: "INTEGER", nullable: false),
                    High = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: false),
                    OutletCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoryDirtyClaims",
                columns: table => new
                {
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryDirtyClaims", x => x.ClaimId);
                });

            migrationBuilder.CreateTable(
                name: "StoryMembers",
                columns: table => new
                {
                    ClaimId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryMembers", x => x.ClaimId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_FirstDate_Id",
                table: "Stories",
                columns: new[] { "FirstDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_Key",
                table: "Stories",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_StoryMembers_Key",
                table: "StoryMembers",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_StoryMembers_StoryId",
                table: "StoryMembers",
                column: "StoryId");

            // Every writer marks the claims whose stories may change; StoryMaintenance recomputes
            // them before the transaction commits. If a later migration rebuilds the Claims,
            // Articles or Sources table, it drops these triggers and must create them again.
            migrationBuilder.Sql("""
                CREATE TRIGGER Claims_stories_insert AFTER INSERT ON Claims BEGIN
                    INSERT OR IGNORE INTO StoryDirtyClaims(ClaimId) VALUES (new.Id);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Claims_stories_update AFTER UPDATE OF Figure, Low, High, Kind, ClaimDate, SourceId, ArticleId ON Claims BEGIN
                    INSERT OR IGNORE INTO StoryDirtyClaims(ClaimId) VALUES (old.Id);
                    INSERT OR IGNORE INTO StoryDirtyClaims(ClaimId) VALUES (new.Id);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Claims_stories_delete AFTER DELETE ON Claims BEGIN
                    INSERT OR IGNORE INTO StoryDirtyClaims(ClaimId) VALUES (old.Id);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Articles_stories_update AFTER UPDATE OF Outlet, Published ON Articles BEGIN
                    INSERT OR IGNORE INTO StoryDirtyClaims(ClaimId) SELECT Id FROM Claims WHERE ArticleId = new.Id;
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Sources_stories_update AFTER UPDATE OF Name ON Sources BEGIN
                    INSERT OR IGNORE INTO StoryDirtyClaims(ClaimId) SELECT Id FROM Claims WHERE SourceId = new.Id;
                END;
                """);

            // Backfill: every claim already stored is listed; the first commit after this (the
            // migration's own, or the catch-up at start-up) finds their stories.
            migrationBuilder.Sql("INSERT INTO StoryDirtyClaims(ClaimId) SELECT Id FROM Claims;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Claims_stories_insert", "Claims_stories_update", "Claims_stories_delete", "Articles_stories_update", "Sources_stories_update" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            }

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "StoryDirtyClaims");

            migrationBuilder.DropTable(
                name: "StoryMembers");
        }
    }
}
