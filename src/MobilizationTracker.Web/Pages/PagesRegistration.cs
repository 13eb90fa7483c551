using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MobilizationTracker.Web.Pages.Timeline;

namespace MobilizationTracker.Web.Pages;

/// <summary>Razor Pages registration: lowercase URLs, form limits for the 5 MB article form, the perf baseline.</summary>
public static class PagesRegistration
{
    /// <summary>The article form's limit for a pasted text or an uploaded file (stated on the form).</summary>
    public const int ArticleMaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// A 5 MB paste or file must reach the handler so it can answer with a clear message, and the
    /// review step carries the content again as base64 (4/3 larger) in a hidden field: every limit
    /// below leaves room for that, and the handler enforces the 5 MB itself.
    /// </summary>
    public const int FormValueMaxBytes = 8 * 1024 * 1024;
    public const int RequestMaxBytes = 24 * 1024 * 1024;

    public static IServiceCollection AddTrackerPages(this IServiceCollection services)
    {
        services.AddRazorPages(o => o.Conventions.AddPageRoute("/Articles/EditClaim", "articles/{articleId:int}/claims/new"));
        services.AddRouting(o => o.LowercaseUrls = true);
        services.Configure<FormOptions>(o =>
        {
            o.ValueLengthLimit = FormValueMaxBytes;
            o.MultipartBodyLengthLimit = RequestMaxBytes;
        });
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = RequestMaxBytes);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    public static WebApplication MapTrackerPages(this WebApplication app)
    {
        // Anonymous even when Tracker:RequireSignIn is on, so the sign-in page has its CSS and script.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapGet("/api/sources", Timeline.IndexModel.SourceNamesAsync);
        if (app.Configuration.GetValue<bool>("Tracker:PerfBaseline"))
        {
            app.MapPerfBaseline();
        }

        return app;
    }
}
