using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MobilizationTracker.Web.Data.Migrations;

/// <summary>
/// Full-text search for the timeline's q parameter: two external-content FTS5 tables, ArticleSearch
/// (article title and cleaned text, rowid = Articles.Id) and ClaimSearch (claim evidence, rowid =
/// Claims.Id), kept in step by triggers on insert, update and delete, and filled from the rows
/// already there. Raw SQL only: the EF model (and so the snapshot) does not change.
/// Note: if a later migration rebuilds the Articles or Claims table (SQLite's way of altering
/// columns), it drops these triggers; that migration must run this Up's trigger SQL again.
/// </summary>
[DbContext(typeof(TrackerDbContext))]
[Migration("20261122010000_FullTextSearch")]
public partial class FullTextSearch : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            "CREATE VIRTUAL TABLE ArticleSearch USING fts5(Title, CleanedText, content='Articles', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");
        migrationBuilder.Sql(
            "CREATE VIRTUAL TABLE ClaimSearch USING fts5(Evidence, content='Claims', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');");

        migrationBuilder.Sql("""
            CREATE TRIGGER Articles_search_insert AFTER INSERT ON Articles BEGIN
                INSERT INTO ArticleSearch(rowid, Title, CleanedText) VALUES (new.Id, new.Title, new.CleanedText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Articles_search_delete AFTER DELETE ON Articles BEGIN
                INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, CleanedText) VALUES ('delete', old.Id, old.Title, old.CleanedText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Articles_search_update AFTER UPDATE OF Title, CleanedText ON Articles BEGIN
                INSERT INTO ArticleSearch(ArticleSearch, rowid, Title, CleanedText) VALUES ('delete', old.Id, old.Title, old.CleanedText);
                INSERT INTO ArticleSearch(rowid, Title, CleanedText) VALUES (new.Id, new.Title, new.CleanedText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Claims_search_insert AFTER INSERT ON Claims BEGIN
                INSERT INTO ClaimSearch(rowid, Evidence) VALUES (new.Id, new.Evidence);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Claims_search_delete AFTER DELETE ON Claims BEGIN
                INSERT INTO ClaimSearch(ClaimSearch, rowid, Evidence) VALUES ('delete', old.Id, old.Evidence);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Claims_search_update AFTER UPDATE OF Evidence ON Claims BEGIN
                INSERT INTO ClaimSearch(ClaimSearch, rowid, Evidence) VALUES ('delete', old.Id, old.Evidence);
                INSERT INTO ClaimSearch(rowid, Evidence) VALUES (new.Id, new.Evidence);
            END;
            """);

        // Backfill from the rows already stored.
        migrationBuilder.Sql("INSERT INTO ArticleSearch(ArticleSearch) VALUES ('rebuild');");
        migrationBuilder.Sql("INSERT INTO ClaimSearch(ClaimSearch) VALUES ('rebuild');");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var trigger in new[]
        {
            "Articles_search_insert", "Articles_search_delete", "Articles_search_update",
            "Claims_search_insert", "Claims_search_delete", "Claims_search_update",
        })
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearch;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS ClaimSearch;");
    }
}
