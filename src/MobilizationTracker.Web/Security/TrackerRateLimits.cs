using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MobilizationTracker.Web.Security;

/// <summary>
/// One global limiter, so no write endpoint can be forgotten: reads are free; sign-in posts are
/// limited per client address (guessing passwords across accounts), other writes per user. Over
/// the limit: 429 with Retry-After, drawn as an error page.
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

            // No body: the status pages draw the 429 page (ErrorPages).
            await Task.CompletedTask;
        };
    }

    private static RateLimitPartition<string> Partition(HttpContext context, SecurityOptions options)
    {
        if (!EditorWrites.IsWrite(context.Request))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // By segment, not by exact path: "/account/login/" and "/Account/Login/x" reach the same page (issue 8 row 2).
        if (context.Request.Path.StartsWithSegments(SignInPath, StringComparison.OrdinalIgnoreCase))
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
