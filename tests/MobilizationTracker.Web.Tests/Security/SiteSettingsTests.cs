using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MobilizationTracker.Web.Tests.Security;

public sealed class RequireSignInTests(SignInRequiredAppFactory factory) : IClassFixture<SignInRequiredAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/compare")]
    public async Task With_require_sign_in_a_page_redirects_an_anonymous_reader(string url)
    {
        var client = Browsing.Client(factory);

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/login");
    }

    [Theory]
    [InlineData("/api/claims")]
    [InlineData("/export/claims.json")]
    public async Task With_require_sign_in_the_json_api_answers_401(string url)
    {
        var client = Browsing.Client(factory);

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/healthz")]
    public async Task With_require_sign_in_the_sign_in_page_and_health_check_stay_open(string url)
    {
        var client = Browsing.Client(factory);

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_require_sign_in_a_signed_in_reader_sees_the_timeline()
    {
        var (client, _) = await Browsing.SignedInAsync(factory);

        var response = await client.GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

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

public sealed class DataProtectionKeyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mt-keys-" + Guid.NewGuid().ToString("N"));

    public DataProtectionKeyTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_because_the_keys_live_in_the_data_folder()
    {
        string cookie;
        using (var first = new ConfiguredAppFactory("Testing", dataFolder: _folder))
        {
            var (email, password) = await Browsing.CreateUserAsync(first, "editor");
            var client = Browsing.Client(first);
            var signIn = await Browsing.SignInAsync(client, email, password);
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mt.auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        using var second = new ConfiguredAppFactory("Testing", dataFolder: _folder);
        var restarted = Browsing.Client(second);
        restarted.DefaultRequestHeaders.Add("Cookie", cookie);

        var response = await restarted.GetAsync("/articles/new");

        Directory.GetFiles(Path.Combine(_folder, "keys"), "key-*.xml").Should().NotBeEmpty();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS when a handle is still open.
        }
    }
}
