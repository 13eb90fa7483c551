using System.Net;

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
