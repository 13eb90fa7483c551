using System.Net;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>Production behind a TLS-terminating proxy (Tracker:TrustForwardedHeaders=true): forms work over the proxy's plain HTTP hop, cookies stay Secure.</summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.ProxiedAppFactory factory) : IClassFixture<ForwardedHeadersTests.ProxiedAppFactory>
{
    [Fact]
    public async Task Behind_a_tls_proxy_the_sign_in_form_works_and_its_cookie_is_secure()
    {
        var client = Browsing.Client(factory, "http://localhost");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/account/login");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Headers.GetValues("Set-Cookie").Should().Contain(c =>
            c.StartsWith("mt.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    public sealed class ProxiedAppFactory() : ConfiguredAppFactory("Production", new Dictionary<string, string> { ["Tracker:TrustForwardedHeaders"] = "true" });
}
