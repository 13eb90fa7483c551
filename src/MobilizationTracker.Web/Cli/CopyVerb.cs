using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Cli;

/// <summary>
/// <c>copy --to "Host=...;Database=..."</c>: copies the configured SQLite database into an empty
/// PostgreSQL one (created and migrated when missing) and prints each table's rows on both sides;
/// exit 1 when a count differs (nothing is then kept) or the target is not empty.
/// </summary>
internal static class CopyVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, "to");
        if (parsed.Error is not null || parsed.Positional.Count > 0 || parsed.Options.GetValueOrDefault("to") is not { Length: > 0 } to)
        {
            await stderr.WriteLineAsync((parsed.Error ?? "copy needs --to \"<PostgreSQL connection string>\".") + "\n" + TrackerCli.UsageText);
            return TrackerCli.Usage;
        }

        await TrackerDatabase.MigrateAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        if (source is PostgreSqlTrackerDbContext)
        {
            await stderr.WriteLineAsync("copy reads a SQLite database: run it with Tracker:Database=Sqlite (the default) and the file's connection string.");
            return TrackerCli.Usage;
        }

        try
        {
            var counts = await PostgreSqlCopy.CopyAsync(source, to, stdout, ct);
            var differing = counts.Where(c => c.Source != c.Target).ToList();
            foreach (var c in differing)
            {
                await stderr.WriteLineAsync($"{c.Table}: {c.Source} rows in SQLite but {c.Target} in PostgreSQL; nothing was kept.");
            }

            await stdout.WriteLineAsync(differing.Count == 0
                ? $"Copied {counts.Sum(c => c.Source)} rows in {counts.Count} tables; every count matches."
                : "The copy was rolled back.");
            return differing.Count == 0 ? TrackerCli.Ok : TrackerCli.Failed;
        }
        catch (InvalidOperationException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return TrackerCli.Failed;
        }
    }
}
