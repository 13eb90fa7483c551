using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Tests.Pages;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Claims;

/// <summary>
/// The date-ordered search index (TimelineSearch, contentless FTS5) follows every edit: after edits of
/// an article's text, a claim's evidence, date and article, and deletes of a claim and of an article,
/// it holds exactly what a fresh build from the tables holds, and searches find the new words only.
/// </summary>
public sealed class TimelineSearchTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private Task<List<int>> ApiIdsAsync(string query) => TestRows.ApiIdsAsync(factory.CreateClient(), query);

    /// <summary>Postings (term, rowid, column) in the index that a fresh build from the tables lacks, and the reverse.</summary>
    private List<string> Differences()
    {
        using var connection = new SqliteConnection(factory.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            DROP TABLE IF EXISTS temp.fresh;
            DROP TABLE IF EXISTS temp.fresh_terms;
            DROP TABLE IF EXISTS temp.index_terms;
            CREATE VIRTUAL TABLE temp.fresh USING fts5(Evidence, Article, content='', detail=column, tokenize='unicode61 remove_diacritics 2');
            INSERT INTO temp.fresh(rowid, Evidence, Article)
                SELECT ((CAST(julianday(c.ClaimDate) - 1721425.5 AS INTEGER) << 32) + c.Id), c.Evidence,
                       coalesce(a.Title, '') || char(10) || coalesce(a.CleanedText, '')
                FROM Claims c JOIN Articles a ON a.Id = c.ArticleId;
            CREATE VIRTUAL TABLE temp.fresh_terms USING fts5vocab(temp, fresh, 'instance');
            CREATE VIRTUAL TABLE temp.index_terms USING fts5vocab(main, TimelineSearch, 'instance');
            SELECT 'missing ' || term || ' ' || doc || ' ' || col FROM (SELECT term, doc, col FROM temp.fresh_terms EXCEPT SELECT term, doc, col FROM temp.index_terms)
            UNION ALL
            SELECT 'stale ' || term || ' ' || doc || ' ' || col FROM (SELECT term, doc, col FROM temp.index_terms EXCEPT SELECT term, doc, col FROM temp.fresh_terms);
            """;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }

    [Fact]
    public async Task The_index_follows_edits_and_deletes_of_claims_and_articles()
    {
        var (first, firstClaims) = await AddArticleAsync(factory.Services, "Index test", new DateOnly(2025, 3, 1), "Quokkas were called up.",
            new ClaimSpec(100, Date: new DateOnly(2025, 2, 20), Evidence: "About 100 wombats reported."),
            new ClaimSpec(200, Date: new DateOnly(2025, 2, 21), Evidence: "About 200 wombats reported."));
        var (second, secondClaims) = await AddArticleAsync(factory.Services, "Index test", new DateOnly(2025, 3, 2), "Numbats were called up.",
            new ClaimSpec(300, Date: new DateOnly(2025, 2, 22), Evidence: "About 300 bilbies reported."));
        Differences().Should().BeEmpty();
        (await ApiIdsAsync("q=quokkas")).Should().Equal(firstClaims[1], firstClaims[0]);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var article = await db.Articles.SingleAsync(a => a.Id == first);
            article.CleanedText = "Platypuses were called up.";
            var moved = await db.Claims.SingleAsync(c => c.Id == firstClaims[0]);
            moved.Evidence = "About 100 echidnas reported.";
            moved.ClaimDate = new DateOnly(2025, 2, 25);
            var rehomed = await db.Claims.SingleAsync(c => c.Id == firstClaims[1]);
            rehomed.ArticleId = second;
            await db.SaveChangesAsync();
        }

        Differences().Should().BeEmpty();
        (await ApiIdsAsync("q=quokkas")).Should().BeEmpty();
        (await ApiIdsAsync("q=platypuses")).Should().Equal(firstClaims[0]);
        (await ApiIdsAsync("q=numbats")).Should().Equal(secondClaims[0], firstClaims[1]);
        (await ApiIdsAsync("q=echidnas&from=2025-02-25&to=2025-02-25")).Should().Equal(firstClaims[0]);
        (await ApiIdsAsync("q=wombats")).Should().Equal(firstClaims[1]);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            await db.Claims.Where(c => c.Id == secondClaims[0]).ExecuteDeleteAsync();
            await db.Articles.Where(a => a.Id == first).ExecuteDeleteAsync(); // its claims go with it, by the database's cascade
        }

        Differences().Should().BeEmpty();
        (await ApiIdsAsync("q=platypuses")).Should().BeEmpty();
        (await ApiIdsAsync("q=numbats")).Should().Equal(firstClaims[1]);
    }

    [Fact]
    public async Task A_word_of_several_tokens_still_searches_through_the_other_indexes()
    {
        var (_, ids) = await AddArticleAsync(factory.Services, "Index test", new DateOnly(2025, 4, 1), "Nothing here.",
            new ClaimSpec(412345, Evidence: "Officials said 412,345 people had signed contracts."));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var prepared = await ClaimSearch.PrepareAsync(db, ClaimFilter.Empty with { Q = "412,345" }, CancellationToken.None);
        prepared.TimelineMatch.Should().BeNull();
        (await ApiIdsAsync("q=" + Uri.EscapeDataString("412,345"))).Should().Equal(ids);
        (await ApiIdsAsync("q=412")).Should().Equal(ids);
    }
}
