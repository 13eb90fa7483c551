using Serilog;
using Serilog.Events;
using Serilog.Extensions.Hosting;

namespace MobilizationTracker.Web.Logging;

/// <summary>
/// Serilog, configured from the <c>Serilog</c> section of appsettings.json, behind
/// Microsoft.Extensions.Logging (so code logs through <c>ILogger&lt;T&gt;</c> with message templates),
/// and Serilog's request logging: one line per request (method, path, status, milliseconds), at
/// Debug for static files and the health probe, so the default Information level shows only the
/// pages, exports and API calls people made.
/// </summary>
public static class TrackerLogging
{
    /// <summary>Settings the verbs add so every log event goes to standard error and stdout holds only output.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ToStandardError = new Dictionary<string, string?>
    {
        ["Serilog:WriteTo:0:Name"] = "Console",
        ["Serilog:WriteTo:0:Args:standardErrorFromLevel"] = "Verbose",
    };

    public const string RequestTemplate = "{RequestMethod} {RequestPath} {StatusCode} in {Elapsed:0} ms";

    private static readonly HashSet<string> StaticExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".css", ".js", ".map", ".png", ".svg", ".ico", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".ttf", ".webmanifest", ".gz", ".br",
    };

    public static ILoggingBuilder AddTrackerLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .CreateLogger();
        logging.ClearProviders();
        logging.AddSerilog(logger, dispose: true);

        // The request logging middleware writes to this host's logger (not the static Log.Logger)
        // and reads the request's extra properties from the diagnostic context.
        logging.Services.AddSingleton<Serilog.ILogger>(logger);
        logging.Services.AddSingleton(new DiagnosticContext(logger));
        logging.Services.AddSingleton<IDiagnosticContext>(sp => sp.GetRequiredService<DiagnosticContext>());
        return logging;
    }

    /// <summary>One log line per request, replacing ASP.NET Core's own request lines.</summary>
    public static IApplicationBuilder UseTrackerRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            o.MessageTemplate = RequestTemplate;
            o.GetLevel = Level;
        });

    /// <summary>Error for a failure, Debug for static files and the health probe, Information for the rest.</summary>
    public static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? error)
    {
        if (error is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }

        var path = context.Request.Path;
        return path.StartsWithSegments(Health.HealthEndpoints.Path, StringComparison.OrdinalIgnoreCase)
            || StaticExtensions.Contains(Path.GetExtension(path.Value ?? ""))
            ? LogEventLevel.Debug
            : LogEventLevel.Information;
    }
}
