using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using MobilizationTracker.Extraction;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Pages.Timeline;

namespace MobilizationTracker.Web.Pages;

/// <summary>Razor Pages registration: lowercase URLs, the form limits of <see cref="SizeLimits"/>, the HTML encoder, the perf baseline.</summary>
public static class PagesRegistration
{
    /// <summary>The limits every form post is read with (the request-size middleware reads forms with them up front).</summary>
    public static void ConfigureForms(FormOptions o)
    {
        o.ValueLengthLimit = SizeLimits.FormValueBytes;
        o.ValueCountLimit = SizeLimits.FormValueCount;
        o.MultipartBodyLengthLimit = SizeLimits.RequestBytes;
    }

    public static IServiceCollection AddTrackerPages(this IServiceCollection services)
    {
        services.AddRazorPages(o => o.Conventions.AddPageRoute("/Articles/EditClaim", "articles/{articleId:int}/claims/new"));
        services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Mvc.Infrastructure.IHttpResponseStreamWriterFactory, PageResponseWriter>());
        services.AddRouting(o => o.LowercaseUrls = true);
        services.Configure<FormOptions>(ConfigureForms);

        // Russian (and any other) text as it is, not as &#x43C; entities: the default encoder passes only
        // Basic Latin, which made a Cyrillic page several times its size and its encoding several times
        // the work. Markup characters (<, >, &, quotes) are escaped whatever the ranges.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = SizeLimits.RequestBytes);
        services.TryAddSingleton(TimeProvider.System);
        services.AddTrackerPageCache();
        return services;
    }

    public static WebApplication MapTrackerPages(this WebApplication app)
    {
        // Anonymous even when Tracker:RequireSignIn is on, so the sign-in page has its CSS and script.
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapFilterSuggestions();
        if (app.Configuration.GetValue<bool>("Tracker:PerfBaseline"))
        {
            app.MapPerfBaseline();
        }

        return app;
    }
}
