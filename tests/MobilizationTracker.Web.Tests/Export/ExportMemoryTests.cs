using Microsoft.Data.Sqlite;

namespace MobilizationTracker.Web.Tests.Export;

/// <summary>
/// The CSV export streams: exporting 100,000 claims must not hold them in memory. The peak live
/// managed memory (sampled after full collections) while reading the response is compared with a
/// 10x smaller export (a buffering export would grow ~10x); a behaviour check, not a timing.
/// </summary>
[Collection(ExportMemoryTests.Alone)]
public sealed class ExportMemoryTests
{
    /// <summary>
    /// GC.GetTotalMemory is process-wide: test classes running in parallel would add their own live
    /// objects to the measurement, so this class runs in a collection that runs by itself.
    /// </summary>
    public const string Alone = "Memory measurements run alone";

    private static async Task FillAsync(TrackerAppFactory app, int claims)
    {
        _ = app.Services; // starts the host, which migrates the database
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "perf", "fill.sql"));
        await using var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@n", claims);
        command.Parameters.AddWithValue("@paragraphs", 1); // short articles: this measures the export, not the filler
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(long Rows, long PeakGrowth)> ExportAsync(TrackerAppFactory app)
    {
        var client = app.CreateClient();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        long rows = 0;
        using var response = await client.GetAsync("/export/claims.csv", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        int read;
        long sinceSample = 0;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] == '\n')
                {
                    rows++;
                }
            }

            sinceSample += read;
            if (sinceSample > 1024 * 1024)
            {
                // Live memory, after a full collection: garbage the GC has not yet collected says
                // nothing about streaming, and how much of it piles up depends on the machine.
                sinceSample = 0;
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - before);
            }
        }

        return (rows - 1, peak);
    }

    [Fact]
    public async Task Exporting_100k_claims_keeps_memory_flat_compared_with_10k()
    {
        using var small = new TrackerAppFactory();
        using var large = new TrackerAppFactory();
        await FillAsync(small, 10_000);
        await FillAsync(large, 100_000);

        var (smallRows, smallPeak) = await ExportAsync(small);
        var (largeRows, largePeak) = await ExportAsync(large);

        smallRows.Should().Be(10_000);
        largeRows.Should().Be(100_000);
        largePeak.Should().BeLessThan(Math.Max(smallPeak, 8 * 1024 * 1024) * 3,
            $"a streamed export grows by a bounded amount (10k: {smallPeak / 1024} KiB, 100k: {largePeak / 1024} KiB)");
    }
}
