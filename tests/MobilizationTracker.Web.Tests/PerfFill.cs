using Microsoft.Data.Sqlite;

namespace MobilizationTracker.Web.Tests;

/// <summary>Fills a migrated database with tools/perf/fill.sql (copied next to the tests), as the perf script does.</summary>
internal static class PerfFill
{
    /// <summary>Adds <paramref name="claims"/> synthetic claims; one paragraph per article keeps the file small.</summary>
    public static async Task FillAsync(string connectionString, int claims, int paragraphs = 1)
    {
        var sql = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "perf", "fill.sql"));
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@n", claims);
        command.Parameters.AddWithValue("@paragraphs", paragraphs);
        command.CommandTimeout = 300;
        await command.ExecuteNonQueryAsync();
    }
}
