using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Pages;

/// <summary>
/// Whole responses of the read pages (timeline, chart table, map, compare, the claims API), kept per
/// URL, per user and per read-model version (<see cref="ReadModelCache.CurrentVersionAsync"/>): a
/// repeated view (the front page, a shared link, paging back) is served without its queries or its
/// rendering, and a page is never older than the database. Every request still checks the version,
/// so a save here, a commit by the import verb or by another app instance is seen by the next
/// request. Only 200 responses that set no cookie are kept. docs/decisions.md, "Whole read pages
/// are cached by data version".
/// </summary>
public static class PageCache
{
    public const string PolicyName = "read-model";

    /// <summary>How long an entry may stay unused in memory. Freshness is the version's, not this.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>The memory all kept pages may take (a timeline page is about 140 KB); the oldest go first.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    public static IServiceCollection AddTrackerPageCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            o.SizeLimit = SizeLimitBytes;
            o.AddPolicy(PolicyName, new Policy());
        });

    /// <summary>The setting that turns the cache off (<c>false</c>), so tools/perf can measure every request as a first view.</summary>
    public const string Setting = "Tracker:PageCache";

    /// <summary>After routing and authentication (the policy reads the endpoint and the user); unless <see cref="Setting"/> is false.</summary>
    public static WebApplication UseTrackerPageCache(this WebApplication app)
    {
        if (app.Configuration.GetValue(Setting, defaultValue: true))
        {
            app.UseOutputCache();
        }

        return app;
    }

    /// <summary>The key part for the user: the layout shows the name and the role's links.</summary>
    private static string UserKey(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? user.Identity.Name + "|" + string.Join(",", user.FindAll(ClaimTypes.Role).Select(r => r.Value).Order(StringComparer.Ordinal))
            : "";

    private sealed class Policy : IOutputCachePolicy
    {
        public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var readable = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            context.EnableOutputCaching = readable;
            context.AllowCacheLookup = readable;
            context.AllowCacheStorage = readable;
            context.AllowLocking = true;
            if (!readable)
            {
                return;
            }

            var db = http.RequestServices.GetRequiredService<TrackerDbContext>();
            var version = await ReadModelCache.CurrentVersionAsync(db, cancellation);
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["data"] = version.ToString(CultureInfo.InvariantCulture);
            context.CacheVaryByRules.VaryByValues["user"] = UserKey(http.User);
            context.ResponseExpirationTimeSpan = Lifetime;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            {
                context.AllowCacheStorage = false;
            }

            return ValueTask.CompletedTask;
        }
    }
}
