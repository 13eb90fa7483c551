using System.Text.Json;

namespace MobilizationTracker.Web.Tests.PostgreSql;

/// <summary>The seeded site on SQLite and on PostgreSQL.</summary>
public sealed class SeededPostgreSqlAppFactory : PostgreSqlAppFactory
{
    protected override bool SeedOnStartup => true;
}

/// <summary>The two engines answer the timeline, its filters and the search with the same rows for the same data (the seeds).</summary>
public sealed class SameAnswersTests(SeededAppFactory sqlite, SeededPostgreSqlAppFactory postgres)
    : IClassFixture<SeededAppFactory>, IClassFixture<SeededPostgreSqlAppFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("?order=asc")]
    [InlineData("?region=RU")]
    [InlineData("?kind=target")]
    [InlineData("?min=100000&max=400000")]
    [InlineData("?denied=true")]
    [InlineData("?from=2024-01-01&to=2024-12-31")]
    [InlineData("?q=reservists")]
    [InlineData("?q=reservist")]
    [InlineData("?q=soldiers%20recruit")]
    [InlineData("?q=300,000")]
    [InlineData("?q=Kharkiv")]
    [InlineData("?q=%D0%BC%D0%BE%D0%B1%D0%B8%D0%BB%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8F")]
    [InlineData("?q=%D0%BC%D0%BE%D0%B1%D0%B8%D0%BB%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D0%B8")]
    [InlineData("?q=nonexistentword")]
    public async Task The_api_answers_the_same_claims_on_both(string query)
    {
        var onSqlite = await ClaimsAsync(sqlite, query);
        var onPostgres = await ClaimsAsync(postgres, query);

        onSqlite.Should().NotBeNull();
        onPostgres.Should().Equal(onSqlite, because: $"the query {query} must not depend on the engine");
        if (query is "" or "?q=reservists")
        {
            onSqlite.Should().NotBeEmpty();
        }
    }

    [Fact]
    public async Task The_stories_are_the_same_on_both()
    {
        var onSqlite = await sqlite.CreateClient().GetStringAsync("/compare");
        var onPostgres = await postgres.CreateClient().GetStringAsync("/compare");

        StoryLines(onPostgres).Should().Equal(StoryLines(onSqlite));
    }

    private static async Task<List<string>> ClaimsAsync(TrackerAppFactory app, string query)
    {
        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/claims" + query));
        return [.. json.RootElement.GetProperty("claims").EnumerateArray().Select(c =>
            string.Join('|', c.GetProperty("claim_date").GetString(), c.GetProperty("figure").ToString(), c.GetProperty("source").GetString(),
                c.GetProperty("evidence").GetString(), string.Join(',', c.GetProperty("regions").EnumerateArray().Select(r => r.GetString()))))];
    }

    private static List<string> StoryLines(string html) =>
        [.. html.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("story", StringComparison.OrdinalIgnoreCase))];
}
