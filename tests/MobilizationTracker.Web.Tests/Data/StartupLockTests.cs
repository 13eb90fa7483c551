using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using MobilizationTracker.Web.Tests.Cli;

namespace MobilizationTracker.Web.Tests.Data;

/// <summary>
/// Issue 8 row 1: a process killed while starting left a row in <c>__EFMigrationsLock</c> and every
/// later start hung for ever. Real processes, a real SQLite file, SIGKILL.
/// </summary>
public sealed class StartupLockTests : IDisposable
{
    // A hung start never ends; a slow one on a loaded 2-core machine has taken over 60 s. The bound
    // tells the two apart without failing on the second.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);
    private readonly TempDatabase _database = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    [Fact]
    public async Task A_lock_row_left_by_a_killed_migration_does_not_stop_the_next_start()
    {
        await using (var db = _database.CreateContext())
        {
            // The state a SIGKILL during the first start leaves: migrations pending, the lock row written.
            await db.GetService<IMigrator>().MigrateAsync("20261122020000_IdentityAndHistory");
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); "
                + "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-12-01 10:00:00+00:00');");
        }

        var clock = Stopwatch.StartNew();
        var migrate = await WebProcess.RunAsync(_database.ConnectionString, "migrate");

        migrate.ExitCode.Should().Be(0, because: migrate.Stderr);
        clock.Elapsed.Should().BeLessThan(Bound);
        (await _database.ScalarAsync("SELECT COUNT(*) FROM __EFMigrationsLock")).Should().Be("0");
        (await _database.ScalarAsync("SELECT COUNT(*) FROM pragma_table_info('Claims') WHERE name = 'Attribution'")).Should().Be("1");
    }

    [Fact]
    public async Task An_up_to_date_database_takes_no_migration_lock_so_a_stale_row_cannot_block_it()
    {
        (await WebProcess.RunAsync(_database.ConnectionString, "migrate")).ExitCode.Should().Be(0);
        await using (var db = _database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2026-12-01 10:00:00+00:00');");
        }

        var clock = Stopwatch.StartNew();
        var export = await WebProcess.RunAsync(_database.ConnectionString, "export", "--format", "csv");

        export.ExitCode.Should().Be(0, because: export.Stderr);
        clock.Elapsed.Should().BeLessThan(Bound);
    }

    [Fact]
    public async Task Sites_killed_during_start_up_leave_a_database_the_site_and_a_verb_start_on()
    {
        // Kills spread over the first two seconds of start-up, where the lock was left before.
        foreach (var delay in new[] { 150, 350, 550, 800, 1100, 1500, 2000 })
        {
            using var site = StartSite(FreePort());
            await Task.Delay(delay);
            site.Kill();
            await site.WaitForExitAsync();
        }

        var clock = Stopwatch.StartNew();
        var migrate = await WebProcess.RunAsync(_database.ConnectionString, "migrate");
        migrate.ExitCode.Should().Be(0, because: migrate.Stderr);
        var port = FreePort();
        using var again = StartSite(port);
        try
        {
            (await HealthyWithinAsync(port, Bound)).Should().BeTrue(because: "the site must start after the kills; its output: " + string.Join("\n", _output.TakeLast(30)));
        }
        finally
        {
            again.Kill();
            await again.WaitForExitAsync();
        }

        clock.Elapsed.Should().BeLessThan(Bound * 2);
        (await _database.ScalarAsync("PRAGMA integrity_check")).Should().Be("ok");
    }

    public void Dispose() => _database.Dispose();

    private Process StartSite(int port)
    {
        var process = WebProcess.Start(
            _database.ConnectionString,
            new Dictionary<string, string> { ["Tracker__DataPath"] = _database.Folder, ["ASPNETCORE_ENVIRONMENT"] = "Testing" },
            "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        process.OutputDataReceived += (_, e) => _output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => _output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> HealthyWithinAsync(int port, TimeSpan bound)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < bound)
        {
            try
            {
                if ((await client.GetAsync($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but not answering yet.
            }

            await Task.Delay(200);
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
