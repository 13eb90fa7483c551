using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Cli;

namespace MobilizationTracker.Web.Tests.PostgreSql;

/// <summary>The copy verb moves a SQLite tracker into an empty PostgreSQL database and checks the counts.</summary>
public sealed class CopyVerbTests : IDisposable
{
    private readonly TempDatabase _sqlite = new();
    private readonly string _postgres = PostgreSqlServer.CreateDatabase();

    [Fact]
    public async Task Copying_the_seeded_sqlite_database_keeps_every_row_and_the_stories_and_refuses_a_second_time()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Tracker"] = _sqlite.ConnectionString };
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds", "manifest.json");
        (await TrackerCli.RunAsync(["import", "--manifest", seeds], TextWriter.Null, TextWriter.Null, settings)).Should().Be(TrackerCli.Ok);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await TrackerCli.RunAsync(["copy", "--to", _postgres], stdout, stderr, settings);

        code.Should().Be(TrackerCli.Ok, because: stderr.ToString());
        stdout.ToString().Should().Contain("every count matches").And.Contain("Claims: ");
        await using var source = _sqlite.CreateContext();
        await using var target = PostgreSqlServer.CreateContext(_postgres);
        (await target.Articles.CountAsync()).Should().Be(await source.Articles.CountAsync()).And.BeGreaterThan(0);
        (await target.History.CountAsync()).Should().Be(await source.History.CountAsync());
        (await target.Claims.OrderBy(c => c.Id).Select(c => new { c.Id, c.Outlet, c.MaxValue, c.Evidence }).ToListAsync())
            .Should().Equal(await source.Claims.OrderBy(c => c.Id).Select(c => new { c.Id, c.Outlet, c.MaxValue, c.Evidence }).ToListAsync());
        (await target.Set<Web.Stories.Story>().Select(s => s.Key).OrderBy(k => k).ToListAsync())
            .Should().Equal(await source.Set<Web.Stories.Story>().Select(s => s.Key).OrderBy(k => k).ToListAsync());

        var again = await TrackerCli.RunAsync(["copy", "--to", _postgres], TextWriter.Null, stderr, settings);

        again.Should().Be(TrackerCli.Failed);
        stderr.ToString().Should().Contain("not empty");
    }

    public void Dispose()
    {
        _sqlite.Dispose();
        PostgreSqlServer.DropDatabase(_postgres);
    }
}
