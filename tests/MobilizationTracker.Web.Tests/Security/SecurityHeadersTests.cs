using System.Net;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Tests.Security;

public sealed class SecurityHeadersTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    [InlineData("/export/claims.csv")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var client = Browsing.Client(factory);

        var response = await client.GetAsync(url);

        response.Headers.GetValues("Content-Security-Policy").Single().Should().Be(SecurityHeaders.ContentSecurityPolicy);
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().Should().Be("strict-origin-when-cross-origin");
        response.Headers.GetValues("X-Frame-Options").Single().Should().Be("DENY");
    }

    [Fact]
    public void The_content_security_policy_allows_no_inline_script_and_no_framing()
    {
        var csp = SecurityHeaders.ContentSecurityPolicy;

        csp.Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        csp.Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Contain("object-src 'none'");
    }

    [Fact]
    public async Task Https_responses_outside_development_carry_hsts()
    {
        var client = Browsing.Client(factory, "https://tracker.example");

        var response = await client.GetAsync("/");

        response.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=31536000");
    }

    [Fact]
    public async Task The_sign_in_and_antiforgery_cookies_are_secure_http_only_and_same_site()
    {
        var (email, password) = await Browsing.CreateUserAsync(factory, "editor");
        var client = Browsing.Client(factory);
        var form = await client.GetAsync("/account/login");
        var token = await Browsing.TokenAsync(client, "/account/login");

        var signIn = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));

        var cookies = form.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        cookies.Should().Contain(c => c.StartsWith("mt.af=", StringComparison.Ordinal));
        cookies.Should().Contain(c => c.StartsWith("mt.auth=", StringComparison.Ordinal));
        cookies.Where(c => c.StartsWith("mt.", StringComparison.Ordinal)).Should().OnlyContain(c =>
            c.Contains("secure", StringComparison.OrdinalIgnoreCase)
            && c.Contains("httponly", StringComparison.OrdinalIgnoreCase)
            && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_a_clear_413_page()
    {
        var client = Browsing.Client(factory);
        var body = new ByteArrayContent(new byte[MobilizationTracker.Extraction.SizeLimits.RequestBytes + 1]);
        body.Headers.ContentType = new("application/x-www-form-urlencoded");

        var response = await client.PostAsync("/articles/new?handler=Preview", body);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("larger than this site accepts (24 MB");
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
    }
}
