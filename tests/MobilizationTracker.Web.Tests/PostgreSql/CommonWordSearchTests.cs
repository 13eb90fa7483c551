using System.Text.Json;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Cli;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Tests.PostgreSql;

/// <summary>
/// The perf filler's data (<see cref="Claims.FilteredRowsTests.FilledApp"/>, enough claims for a
/// common word to pass <see cref="ClaimSearch.CommonMatches"/>) copied with the copy verb into
/// PostgreSQL, where a common word takes the row-by-row path in date order.
/// </summary>
public sealed class FilledPostgreSqlApp : PostgreSqlAppFactory
{
    public FilledPostgreSqlApp()
    {
        using var sqlite = new Claims.FilteredRowsTests.FilledApp();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Tracker"] = sqlite.ConnectionString };
        var stderr = new StringWriter();
        var code = TrackerCli.RunAsync(["copy", "--to", ConnectionString], TextWriter.Null, stderr, settings).GetAwaiter().GetResult();
        if (code != TrackerCli.Ok)
        {
            throw new InvalidOperationException("copy failed: " + stderr);
        }
    }
}

/// <summary>
/// A word in a quarter of the claims, alone and with other filters, pages through the same claims
/// on PostgreSQL as SQLite's date-ordered index gives for the same data.
/// </summary>
public sealed class CommonWordSearchTests(Claims.FilteredRowsTests.FilledApp sqlite, FilledPostgreSqlApp postgres)
    : IClassFixture<Claims.FilteredRowsTests.FilledApp>, IClassFixture<FilledPostgreSqlApp>
{
    [Fact]
    public async Task The_word_counts_as_common_on_postgresql()
    {
        await using var db = PostgreSqlServer.CreateContext(postgres.ConnectionString);

        var prepared = await PostgreSqlSearch.PrepareAsync(db, ClaimFilter.Empty with { Q = "reservists" }, CancellationToken.None);

        prepared.SearchIsCommon.Should().BeTrue();
        (await PostgreSqlSearch.PrepareAsync(db, ClaimFilter.Empty with { Q = "nonexistentword" }, CancellationToken.None)).SearchIsCommon.Should().BeFalse();
    }

    [Theory]
    [InlineData("q=reservists")]
    [InlineData("q=reservists&order=asc")]
    [InlineData("q=reservists&region=RU-VOR")]
    [InlineData("q=reservists&denied=no&min=1000")]
    [InlineData("q=%D0%BC%D0%BE%D0%B1%D0%B8%D0%BB%D0%B8%D0%B7%D0%B0%D1%86%D0%B8%D1%8E")]
    public async Task A_common_word_gives_the_same_claims_on_both_engines_page_after_page(string query)
    {
        var (first, next) = await IdsAsync(sqlite, query);
        first.Should().HaveCount(120, "the word is common in the filler's data");

        var (onPostgres, nextOnPostgres) = await IdsAsync(postgres, query);
        onPostgres.Should().Equal(first);
        nextOnPostgres.Should().Be(next);
        (await IdsAsync(postgres, query + "&after=" + next)).Ids.Should().Equal((await IdsAsync(sqlite, query + "&after=" + next)).Ids);
    }

    private static async Task<(List<int> Ids, string? Next)> IdsAsync(TrackerAppFactory app, string query)
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/claims?limit=120&" + query));
        var ids = doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("claim_id").GetInt32()).ToList();
        return (ids, doc.RootElement.GetProperty("next").GetString());
    }
}
