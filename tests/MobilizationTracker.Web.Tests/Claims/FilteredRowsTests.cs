using System.Text.Json;
using Microsoft.Data.Sqlite;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Tests.Claims;

/// <summary>
/// Each filter of the read model gives the same rows as a plain reading of the filter's meaning,
/// written here as a brute-force SQL query over the base columns (no read-model column, index or
/// FTS table): the perf filler's data, enough claims for a common search word to take the
/// page-order path (<see cref="ClaimSearch.CommonMatches"/>).
/// </summary>
public sealed class FilteredRowsTests : IClassFixture<FilteredRowsTests.FilledApp>
{
    public sealed class FilledApp : TrackerAppFactory
    {
        public const int Claims = 16_000;

        public FilledApp()
        {
            _ = Services; // starts the host, which migrates the database
            var sql = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "perf", "fill.sql"));
            using var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("@n", Claims);
            command.Parameters.AddWithValue("@paragraphs", 1);
            command.CommandTimeout = 300;
            command.ExecuteNonQuery();
        }
    }

    private readonly FilledApp _app;

    public FilteredRowsTests(FilledApp app) => _app = app;

    private async Task<List<int>> ApiIdsAsync(string query)
    {
        using var doc = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/api/claims?limit=120&" + query));
        return doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("claim_id").GetInt32()).ToList();
    }

    private List<int> Expected(string where, bool ascending = false)
    {
        using var connection = new SqliteConnection(_app.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        var order = ascending ? "c.ClaimDate, c.Id" : "c.ClaimDate DESC, c.Id DESC";
        command.CommandText = $"SELECT c.Id FROM Claims c JOIN Articles a ON a.Id = c.ArticleId WHERE {where} ORDER BY {order} LIMIT 120";
        using var reader = command.ExecuteReader();
        var ids = new List<int>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
        }

        return ids;
    }

    [Theory]
    [InlineData("region=RU-TYU", "EXISTS (SELECT 1 FROM ClaimRegions r WHERE r.ClaimId = c.Id AND r.RegionCode = 'RU-TYU')")]
    [InlineData("region=RU-VOR&region=UA-43", "EXISTS (SELECT 1 FROM ClaimRegions r WHERE r.ClaimId = c.Id AND r.RegionCode IN ('RU-VOR', 'UA-43'))")]
    [InlineData("outlet=Meduza", "a.Outlet = 'Meduza'")]
    [InlineData("min=100000&max=500000", "coalesce(c.Figure, c.High, c.Low) >= 100000 AND coalesce(c.Figure, c.Low, c.High) <= 500000")]
    [InlineData("min=550", "coalesce(c.Figure, c.High, c.Low) >= 550")]
    [InlineData("max=560", "coalesce(c.Figure, c.Low, c.High) <= 560")]
    [InlineData("q=reservists", "(c.Evidence LIKE '%reservists%' OR a.Title LIKE '%reservists%' OR a.CleanedText LIKE '%reservists%')")]
    [InlineData("region=RU&kind=target&q=summons&min=1000",
        "EXISTS (SELECT 1 FROM ClaimRegions r WHERE r.ClaimId = c.Id AND r.RegionCode = 'RU') AND c.Kind = 'target' AND coalesce(c.Figure, c.High, c.Low) >= 1000 AND (c.Evidence LIKE '%summons%' OR a.Title LIKE '%summons%' OR a.CleanedText LIKE '%summons%')")]
    [InlineData("source=Verstka&denied=no", "c.SourceId = (SELECT Id FROM Sources WHERE Name = 'Verstka') AND c.Denied = 0")]
    public async Task A_filter_gives_the_rows_its_meaning_gives(string query, string where)
    {
        var expected = Expected(where);
        expected.Should().NotBeEmpty("the filler's data should match " + query);

        (await ApiIdsAsync(query)).Should().Equal(expected);
    }

    [Fact]
    public async Task One_region_pages_on_with_its_own_cursor_in_both_orders()
    {
        var where = "EXISTS (SELECT 1 FROM ClaimRegions r WHERE r.ClaimId = c.Id AND r.RegionCode = 'RU-BU')";
        var newest = Expected(where);
        var oldest = Expected(where, ascending: true);

        (await ApiIdsAsync("region=RU-BU&order=asc")).Should().Equal(oldest);
        using var doc = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/api/claims?limit=40&region=RU-BU"));
        var next = doc.RootElement.GetProperty("next").GetString()!;
        (await ApiIdsAsync("region=RU-BU&after=" + next)).Take(80).Should().Equal(newest.Skip(40));
    }

    [Fact]
    public async Task Several_regions_page_on_with_a_cursor_in_both_orders_and_show_a_claim_of_both_once()
    {
        // A country and one of its subdivisions: many claims are in both.
        var where = "EXISTS (SELECT 1 FROM ClaimRegions r WHERE r.ClaimId = c.Id AND r.RegionCode IN ('RU', 'RU-VOR'))";
        var both = Expected("EXISTS (SELECT 1 FROM ClaimRegions r WHERE r.ClaimId = c.Id AND r.RegionCode = 'RU') AND EXISTS (SELECT 1 FROM ClaimRegions r WHERE r.ClaimId = c.Id AND r.RegionCode = 'RU-VOR')");
        both.Should().NotBeEmpty("the filler should put some claims in both");
        var newest = Expected(where);
        var oldest = Expected(where, ascending: true);
        newest.Intersect(both).Should().NotBeEmpty("a claim of both regions should be among the rows compared");

        (await ApiIdsAsync("region=RU&region=RU-VOR&order=asc")).Should().Equal(oldest);
        using var doc = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/api/claims?limit=40&region=RU&region=RU-VOR"));
        var next = doc.RootElement.GetProperty("next").GetString()!;
        (await ApiIdsAsync("region=RU&region=RU-VOR&after=" + next)).Take(80).Should().Equal(newest.Skip(40));
    }

    [Fact]
    public async Task A_Russian_search_finds_the_other_case_forms_of_the_word()
    {
        // The filler's Russian articles have «мобилизации», «мобилизацию», «мобилизация» and the title «Мобилизация: ...».
        var expected = Expected("(a.CleanedText LIKE '%мобилизац%' OR a.Title LIKE '%Мобилизац%')");
        expected.Should().NotBeEmpty();

        (await ApiIdsAsync("q=" + Uri.EscapeDataString("мобилизацию"))).Should().Equal(expected);
        (await ApiIdsAsync("q=" + Uri.EscapeDataString("Мобилизации"))).Should().Equal(expected);
    }
}
