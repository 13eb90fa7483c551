using Microsoft.Data.Sqlite;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Extraction;

namespace MobilizationTracker.Web.Security;

/// <summary>The security settings, read from the <c>Tracker</c> section.</summary>
public sealed record SecurityOptions
{
    /// <summary><c>Tracker:RequireSignIn</c>: when true, reading needs an account too (default false).</summary>
    public bool RequireSignIn { get; init; }

    /// <summary><c>Tracker:SignInAttemptsPerMinute</c>: sign-in posts per client address per minute before 429 (default 10).</summary>
    public int SignInAttemptsPerMinute { get; init; } = 10;

    /// <summary><c>Tracker:WritesPerMinute</c>: other posts per user (or address) per minute before 429 (default 120).</summary>
    public int WritesPerMinute { get; init; } = 120;

    /// <summary><c>Tracker:MaxRequestBytes</c>: the largest request body; by default <see cref="SizeLimits.RequestBytes"/>.</summary>
    public long MaxRequestBytes { get; init; } = SizeLimits.RequestBytes;

    /// <summary>
    /// <c>Tracker:TrustForwardedHeaders</c>: behind a TLS-terminating reverse proxy, take the scheme and
    /// client address from X-Forwarded-Proto/-For (default false). Needed outside Development for
    /// Secure cookies when the app itself is reached over plain HTTP.
    /// </summary>
    public bool TrustForwardedHeaders { get; init; }

    /// <summary>
    /// <c>Tracker:SecureCookies</c>: when true, the sign-in and antiforgery cookies are Secure even on a
    /// plain-HTTP request, which then cannot sign in or post a form (default false: Secure whenever the
    /// request is HTTPS, directly or through a trusted proxy). Set it where the site is only ever served over TLS.
    /// </summary>
    public bool SecureCookies { get; init; }

    /// <summary>Where data-protection keys live: <c>Tracker:KeysPath</c>, else <c>keys</c> next to the database file (so they share its volume), else <c>keys</c> in <c>Tracker:DataPath</c>.</summary>
    public required string KeysPath { get; init; }

    public static SecurityOptions From(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection("Tracker");
        var dataPath = section["DataPath"];
        var database = TrackerDatabase.ProviderOf(configuration) == DatabaseProvider.Sqlite
            ? new SqliteConnectionStringBuilder(TrackerDatabase.ResolveConnectionString(configuration, contentRoot)).DataSource
            : "";
        var keys = section["KeysPath"]
            ?? (Path.IsPathRooted(database) ? Path.Combine(Path.GetDirectoryName(database) ?? contentRoot, "keys") : null)
            ?? Path.Combine(string.IsNullOrWhiteSpace(dataPath) ? "data" : dataPath, "keys");
        var defaults = new SecurityOptions { KeysPath = "" };
        return new SecurityOptions
        {
            RequireSignIn = section.GetValue("RequireSignIn", defaults.RequireSignIn),
            TrustForwardedHeaders = section.GetValue("TrustForwardedHeaders", defaults.TrustForwardedHeaders),
            SecureCookies = section.GetValue("SecureCookies", defaults.SecureCookies),
            SignInAttemptsPerMinute = section.GetValue("SignInAttemptsPerMinute", defaults.SignInAttemptsPerMinute),
            WritesPerMinute = section.GetValue("WritesPerMinute", defaults.WritesPerMinute),
            MaxRequestBytes = section.GetValue("MaxRequestBytes", defaults.MaxRequestBytes),
            KeysPath = Path.GetFullPath(Path.Combine(contentRoot, keys)),
        };
    }
}
