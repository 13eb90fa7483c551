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
    public void In_production_the_sign_in_and_antiforgery_cookies_are_always_secure()
    {
        var antiforgery = factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        var auth = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        antiforgery.Cookie.SecurePolicy.Should().Be(CookieSecurePolicy.Always);
        auth.Cookie.SecurePolicy.Should().Be(CookieSecurePolicy.Always);
        auth.Cookie.HttpOnly.Should().BeTrue();
        auth.Cookie.SameSite.Should().Be(SameSiteMode.Strict);
    }

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
