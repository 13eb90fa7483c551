using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Security;

/// <summary>Sign-in, roles, cookies, antiforgery, data-protection keys, rate limits, headers and size limits of the site.</summary>
public static class SecurityRegistration
{
    public static WebApplicationBuilder AddTrackerSecurity(this WebApplicationBuilder builder)
    {
        var options = SecurityOptions.From(builder.Configuration, builder.Environment.ContentRootPath);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddTrackerErrorPages();

        // Cookies are Secure whenever the request is HTTPS (directly, or through a trusted proxy). Always-Secure
        // would make every form a 500 on a plain-HTTP site (`dotnet run`, the container on port 8080), so it is
        // opt-in: Tracker:SecureCookies=true where the site is only ever served over TLS.
        var secure = options.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.AddIdentity<IdentityUser, IdentityRole>(IdentityRegistration.Configure);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "mt.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/accessdenied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        // The TempData cookie (the "claim saved" notices) is as strict as the others.
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });

        // Every request re-checks the account's security stamp, so signing out (which changes it), a
        // password change or a removed account ends every copy of the cookie at once, restarts included.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "mt.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });

        var policies = services.AddAuthorizationBuilder()
            .AddPolicy(TrackerRoles.EditorPolicy, p => p.RequireRole(TrackerRoles.Editor, TrackerRoles.Admin))
            .AddPolicy(TrackerRoles.AdminPolicy, p => p.RequireRole(TrackerRoles.Admin));
        if (options.RequireSignIn)
        {
            policies.SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        }

        // On PostgreSQL the keys are rows of the shared database, so a cookie or form token one instance
        // signed is valid on every other; a single SQLite site keeps them in the folder beside its file.
        var keys = services.AddDataProtection().SetApplicationName("MobilizationTracker");
        if (TrackerDatabase.ProviderOf(builder.Configuration) == DatabaseProvider.PostgreSql)
        {
            keys.PersistKeysToDbContext<PostgreSqlTrackerDbContext>();
        }
        else
        {
            keys.PersistKeysToFileSystem(new DirectoryInfo(options.KeysPath));
        }

        services.AddRateLimiter(o => TrackerRateLimits.Configure(o, options));
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        return builder;
    }

    /// <summary>The security middleware, in order; call before the endpoints are mapped.</summary>
    public static WebApplication UseTrackerSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<SecurityOptions>().TrustForwardedHeaders)
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }

        // Before the headers: an error page is drawn by running the rest of the pipeline again.
        app.UseTrackerErrorPages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestSizeLimit>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseMiddleware<EditorWrites>();
        app.UseAuthorization();
        return app;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (EditorWrites.IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
