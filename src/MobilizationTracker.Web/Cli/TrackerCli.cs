using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Export;
using MobilizationTracker.Web.Logging;

namespace MobilizationTracker.Web.Cli;

/// <summary>
/// The command-line verbs of the same program. Program.cs hands over when the first argument is
/// not an option: the verb runs on the same services as the site (without the web server), logs
/// to standard error, and its return value is the exit code.
/// </summary>
public static class TrackerCli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public const string UsageText = """
        Usage: MobilizationTracker.Web [VERB] [OPTIONS]
          (no verb)                         run the web site (--urls, ASPNETCORE_URLS)
          import [--manifest M.json] PATH...  import .html/.htm/.txt files or folders of them
          extract --manifest M.json [PATH...] print the extracted claims as JSON (stores nothing)
          export --format csv|json [filters] [--output FILE]  write the claims
          migrate                           create or upgrade the database and exit
          copy --to "PG CONNECTION STRING"  copy this SQLite database into an empty PostgreSQL one
          users add --role admin|editor EMAIL  create an account (password: TRACKER_PASSWORD or a prompt)
          users list                        the accounts and their roles
          healthcheck [URL]                 GET /healthz of a running site; exit 0 when healthy
          --help                            this text
        Exit codes: 0 success, 1 a file or check failed, 2 bad usage.
        Configuration: Tracker__Database (Sqlite|PostgreSql), ConnectionStrings__Tracker, Tracker__DataPath, Tracker__SeedOnStartup, Tracker__SeedsPath.
        """;

    /// <summary>True when the arguments ask for a verb (or for help) rather than the web site.</summary>
    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h" or "-?");

    public static async Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, IReadOnlyDictionary<string, string?>? settings = null, CancellationToken ct = default)
    {
        var verb = args.Length > 0 ? args[0] : "--help";
        var rest = args.Skip(1).ToArray();
        switch (verb)
        {
            case "healthcheck":
                return await HealthcheckVerb.RunAsync(rest, stdout, stderr, ct);
            case "import" or "extract" or "export" or "migrate" or "users" or "copy":
                break;
            default:
                await stderr.WriteLineAsync(verb is "--help" or "-h" or "-?" or "help" ? UsageText : $"Unknown verb '{verb}'.\n{UsageText}");
                return Usage;
        }

        using var host = BuildHost(settings);
        var services = host.Services;
        try
        {
            return verb switch
            {
                "import" => await ImportVerb.RunAsync(services, rest, stdout, stderr, ct),
                "extract" => await ExtractVerb.RunAsync(services, rest, stdout, stderr, ct),
                "export" => await RunExportAsync(services, rest, stdout, ct),
                "users" => await UsersVerb.RunAsync(services, rest, stdout, stderr, ct),
                "copy" => await CopyVerb.RunAsync(services, rest, stdout, stderr, ct),
                _ => await MigrateAsync(services, stdout, ct),
            };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("Cancelled.");
            return Failed;
        }
    }

    private static async Task<int> RunExportAsync(IServiceProvider services, string[] args, TextWriter stdout, CancellationToken ct)
    {
        await TrackerDatabase.MigrateAsync(services, ct);
        return await ExportCommand.RunAsync(services, args, stdout, ct);
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, TextWriter stdout, CancellationToken ct)
    {
        await TrackerDatabase.MigrateAsync(services, ct);
        await stdout.WriteLineAsync("The database is up to date.");
        return Ok;
    }

    private static IHost BuildHost(IReadOnlyDictionary<string, string?>? settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(TrackerLogging.ToStandardError);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.AddTrackerLogging(builder.Configuration);
        builder.Services.AddTrackerCore(builder.Configuration, builder.Environment.ContentRootPath);
        return builder.Build();
    }
}
