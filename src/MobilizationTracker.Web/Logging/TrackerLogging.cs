using Serilog;

namespace MobilizationTracker.Web.Logging;

/// <summary>
/// Serilog, configured from the <c>Serilog</c> section of appsettings.json, behind
/// Microsoft.Extensions.Logging (so code logs through <c>ILogger&lt;T&gt;</c> with message templates).
/// </summary>
public static class TrackerLogging
{
    /// <summary>Settings the verbs add so every log event goes to standard error and stdout holds only output.</summary>
    public static readonly IReadOnlyDictionary<string, string?> ToStandardError = new Dictionary<string, string?>
    {
        ["Serilog:WriteTo:0:Name"] = "Console",
        ["Serilog:WriteTo:0:Args:standardErrorFromLevel"] = "Verbose",
    };

    public static ILoggingBuilder AddTrackerLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .CreateLogger();
        logging.ClearProviders();
        logging.AddSerilog(logger, dispose: true);
        return logging;
    }
}
