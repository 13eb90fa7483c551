using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilizationTracker.Web.Data.Migrations;

/// <summary>
/// The date-ordered search index (docs/performance.md, docs/decisions.md): TimelineSearch, a
/// contentless FTS5 table with one row per claim, its evidence and its article's title and text as
/// two columns (so "every word in the evidence, or every word in the article" keeps its meaning),
/// detail=column (no positions: no phrases, half the size of detail=full). Its rowid is the
/// timeline's sort key, the claim date's day number times 2^32 plus the claim id
/// (TimelineQuery.SortKey), so a search walks the matches in the page's order and stops at the page.
/// Triggers keep it for every writer; a contentless row is deleted by giving the values it was
/// indexed with, so each trigger removes with the old values before it adds the new ones, and an
/// article's claims are deleted before the article (while its text is still there to remove).
/// Existing rows are backfilled. A later migration that rebuilds Claims or Articles must run the
/// triggers again.
/// </summary>
public partial class TimelineSearch : Migration
{
    /// <summary>The rowid of claim row <paramref name="row"/> (new, old or an alias): day number * 2^32 + id.</summary>
    private static string Key(string row) => $"((CAST(julianday({row}.ClaimDate) - 1721425.5 AS INTEGER) << 32) + {row}.Id)";

    /// <summary>The indexed article text: title, a line break, cleaned text.</summary>
    private static string Text(string article) => $"coalesce({article}.Title, '') || char(10) || coalesce({article}.CleanedText, '')";

    private static string TextOf(string articleId) => $"(SELECT {Text("a")} FROM Articles a WHERE a.Id = {articleId})";

    internal static readonly string[] Triggers =
    [
        $"""
        CREATE TRIGGER Claims_timelinesearch_insert AFTER INSERT ON Claims BEGIN
            INSERT INTO TimelineSearch(rowid, Evidence, Article) VALUES ({Key("new")}, new.Evidence, {TextOf("new.ArticleId")});
        END;
        """,
        $"""
        CREATE TRIGGER Claims_timelinesearch_delete AFTER DELETE ON Claims BEGIN
            INSERT INTO TimelineSearch(TimelineSearch, rowid, Evidence, Article) VALUES ('delete', {Key("old")}, old.Evidence, {TextOf("old.ArticleId")});
        END;
        """,
        $"""
        CREATE TRIGGER Claims_timelinesearch_update AFTER UPDATE OF Evidence, ClaimDate, ArticleId ON Claims BEGIN
            INSERT INTO TimelineSearch(TimelineSearch, rowid, Evidence, Article) VALUES ('delete', {Key("old")}, old.Evidence, {TextOf("old.ArticleId")});
            INSERT INTO TimelineSearch(rowid, Evidence, Article) VALUES ({Key("new")}, new.Evidence, {TextOf("new.ArticleId")});
        END;
        """,
        $"""
        CREATE TRIGGER Articles_timelinesearch_update AFTER UPDATE OF Title, CleanedText ON Articles BEGIN
            INSERT INTO TimelineSearch(TimelineSearch, rowid, Evidence, Article)
                SELECT 'delete', {Key("c")}, c.Evidence, {Text("old")} FROM Claims c WHERE c.ArticleId = old.Id;
            INSERT INTO TimelineSearch(rowid, Evidence, Article)
                SELECT {Key("c")}, c.Evidence, {Text("new")} FROM Claims c WHERE c.ArticleId = new.Id;
        END;
        """,
        """
        CREATE TRIGGER Articles_timelinesearch_delete BEFORE DELETE ON Articles BEGIN
            DELETE FROM Claims WHERE ArticleId = old.Id;
        END;
        """,
    ];

    private static readonly string[] TriggerNames =
    [
        "Claims_timelinesearch_insert", "Claims_timelinesearch_delete", "Claims_timelinesearch_update",
        "Articles_timelinesearch_update", "Articles_timelinesearch_delete",
    ];

    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            "CREATE VIRTUAL TABLE TimelineSearch USING fts5(Evidence, Article, content='', detail=column, tokenize='unicode61 remove_diacritics 2');");
        migrationBuilder.Sql($"""
            INSERT INTO TimelineSearch(rowid, Evidence, Article)
            SELECT {Key("c")}, c.Evidence, {Text("a")} FROM Claims c JOIN Articles a ON a.Id = c.ArticleId;
            """);
        foreach (var trigger in Triggers)
        {
            migrationBuilder.Sql(trigger);
        }
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var name in TriggerNames)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {name};");
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS TimelineSearch;");
    }
}
