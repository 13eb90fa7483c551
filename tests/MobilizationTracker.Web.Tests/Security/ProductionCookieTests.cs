using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MobilizationTracker.Web.Tests.Security;

public sealed class ProductionCookieTests(ProductionAppFactory factory) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public void In_production_the_cookies_are_secure_on_https_and_always_secure_when_configured()
    {
        var configured = factory.WithWebHostBuilder(b => b.UseSetting("Tracker:SecureCookies", "true"));

        var (antiforgery, auth) = CookieOptions(factory.Services);
        var (strictAntiforgery, strictAuth) = CookieOptions(configured.Services);

        antiforgery.Cookie.SecurePolicy.Should().Be(CookieSecurePolicy.SameAsRequest);
        auth.Cookie.SecurePolicy.Should().Be(CookieSecurePolicy.SameAsRequest);
        auth.Cookie.HttpOnly.Should().BeTrue();
        auth.Cookie.SameSite.Should().Be(SameSiteMode.Strict);
        strictAntiforgery.Cookie.SecurePolicy.Should().Be(CookieSecurePolicy.Always);
        strictAuth.Cookie.SecurePolicy.Should().Be(CookieSecurePolicy.Always);
    }

    [Fact]
    public async Task In_production_the_sign_in_form_works_over_plain_http()
    {
        var client = Browsing.Client(factory, "http://localhost");

        var response = await client.GetAsync("/account/login");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Should().Contain(c => c.StartsWith("mt.af=", StringComparison.Ordinal));
    }

    private static (AntiforgeryOptions Antiforgery, CookieAuthenticationOptions Auth) CookieOptions(IServiceProvider services) =>
        (services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value,
            services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme));

    [Fact]
    public async Task In_production_a_page_over_https_sets_a_secure_antiforgery_cookie()
    {
        var client = Browsing.Client(factory, "https://tracker.example");

        var response = await client.GetAsync("/account/login");

        response.Headers.GetValues("Set-Cookie").Should().Contain(c =>
            c.StartsWith("mt.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        response.Headers.GetValues("Strict-Transport-Security").Should().ContainSingle();
    }
}
