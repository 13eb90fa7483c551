using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Tests;

/// <summary>A SQLite file in a temp folder of its own, with contexts opened the way the app opens them.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mt-db-" + Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
    }

    public string Folder => _folder;

    public string FilePath => Path.Combine(_folder, "tracker.db");

    public string ConnectionString => $"Data Source={FilePath}";

    public TrackerDbContext CreateContext() => new(new DbContextOptionsBuilder<TrackerDbContext>()
        .UseSqlite(ConnectionString)
        .AddInterceptors(new SqlitePragmaInterceptor())
        .Options);

    public async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS when a handle is still open.
        }
    }
}
