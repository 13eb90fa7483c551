using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MobilizationTracker.Web.Security;

/// <summary>
/// One global limiter, so no write endpoint can be forgotten: reads are free; sign-in posts are
/// limited per client address (guessing passwords across accounts), other writes per user. Over
/// the limit: 429 with Retry-After and a short page.
/// </summary>
internal static class TrackerRateLimits
{
    public const string SignInPath = "/account/login";

    public static void Configure(RateLimiterOptions o, SecurityOptions options)
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
        o.OnRejected = async (rejected, ct) =>
        {
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await SimplePage.WriteAsync(
                rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests", "Too many attempts in a short time. Wait a minute and try again.");
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext context, SecurityOptions options)
    {
        if (!EditorWrites.IsWrite(context.Request))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetFixedWindowLimiter("signin:" + address, _ => Window(options.SignInAttemptsPerMinute));
        }

        var who = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? "user:" + name : "address:" + address;
        return RateLimitPartition.GetFixedWindowLimiter("write:" + who, _ => Window(options.WritesPerMinute));
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
