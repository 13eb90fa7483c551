using System.Net;
using Microsoft.Data.Sqlite;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>Issue 8 row 9: an article with more claims than SQLite takes variables in one statement.</summary>
public sealed class LargeArticleTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private const int ClaimCount = 33_000;

    [Fact]
    public async Task An_article_of_33000_claims_still_has_its_page()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Huge Daily", new DateOnly(2024, 3, 22), "Text.",
            new ClaimSpec(1, Regions: ["RU-VOR"]));
        await using (var connection = new SqliteConnection(factory.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {ClaimCount - 1})
                INSERT INTO Claims (ArticleId, Figure, Low, High, Qualifier, Kind, SourceId, ClaimDate, ClaimDatePrecision, Denied, DeniedBy,
                                    Evidence, EvidenceStart, EvidenceLength, Version, Attribution)
                SELECT c.ArticleId, c.Figure + n.i, c.Low, c.High, c.Qualifier, c.Kind, c.SourceId, c.ClaimDate, c.ClaimDatePrecision, c.Denied, c.DeniedBy,
                       c.Evidence, c.EvidenceStart, c.EvidenceLength, 1, NULL
                FROM Claims c, n WHERE c.Id = {claimIds[0]};
                INSERT INTO ClaimRegions (ClaimId, RegionCode) SELECT Id, 'RU-VOR' FROM Claims WHERE ArticleId = {articleId} AND Id <> {claimIds[0]};
                """;
            await command.ExecuteNonQueryAsync();
        }

        var response = await Security.Browsing.Client(factory).GetAsync($"/articles/{articleId}");

        response.StatusCode.Should().Be(HttpStatusCode.OK, because: "this was a permanent 500 (too many SQL variables)");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Claims (33000)").And.Contain("Voronezh Oblast");
    }
}
