using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>
/// Issue 8 "Also": every error (500, 404, 413 incl. chunked and a 20 MB urlencoded paste, 400) is a
/// page in the site's layout with the security headers, a way back and a request id.
/// </summary>
public sealed class ErrorPageTests(ErrorPageTests.FailingAppFactory factory) : IClassFixture<ErrorPageTests.FailingAppFactory>
{
    public const string FailingPath = "/test/fails";

    [Fact]
    public async Task An_exception_is_a_500_page_with_headers_and_the_request_id()
    {
        var response = await Browsing.Client(factory).GetAsync(FailingPath);

        await ShouldBeErrorPageAsync(response, HttpStatusCode.InternalServerError, "Something went wrong");
    }

    [Fact]
    public async Task An_exception_during_a_post_is_a_500_page_too()
    {
        var client = (await Browsing.SignedInAsync(factory)).Client;

        // The claim editor cannot be built on this host: its post fails inside the page.
        var response = await client.SubmitFormAsync("/articles/new", new Dictionary<string, string> { ["Input.Figure"] = "1" }, "/articles/1/claims/new");

        await ShouldBeErrorPageAsync(response, HttpStatusCode.InternalServerError, "Something went wrong");
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/articles/987654")]
    public async Task A_missing_page_is_a_404_page(string path)
    {
        var response = await Browsing.Client(factory).GetAsync(path);

        await ShouldBeErrorPageAsync(response, HttpStatusCode.NotFound, "Not found");
    }

    [Fact]
    public async Task A_post_without_a_valid_token_is_a_400_page()
    {
        var client = (await Browsing.SignedInAsync(factory)).Client;

        var response = await client.PostAsync("/articles/new?handler=Preview", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Content"] = "x" }));

        await ShouldBeErrorPageAsync(response, HttpStatusCode.BadRequest, "could not be used");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_on_kestrel_is_a_413_page()
    {
        using var kestrel = new KestrelAppFactory();
        using var client = new HttpClient { BaseAddress = new Uri(kestrel.BaseUrl) };
        // Over the form's value limit but under the request limit, so Kestrel drains the rest and the client reads the answer
        // (past the request limit Kestrel closes the connection, and a client still sending sees a broken pipe).
        var body = new StreamContent(new MemoryStream(Encoding.ASCII.GetBytes("Input.Content=" + new string('a', 12 * 1024 * 1024))));
        body.Headers.ContentType = new("application/x-www-form-urlencoded");
        var request = new HttpRequestMessage(HttpMethod.Post, "/articles/new?handler=Preview") { Content = body };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        await ShouldBeErrorPageAsync(response, HttpStatusCode.RequestEntityTooLarge, "Too large");
    }

    [Fact]
    public async Task A_20_mb_urlencoded_paste_on_kestrel_is_a_413_page()
    {
        using var kestrel = new KestrelAppFactory();
        using var client = new HttpClient { BaseAddress = new Uri(kestrel.BaseUrl) };
        var paste = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Content"] = new string('a', 20 * 1024 * 1024) });

        var response = await client.PostAsync("/articles/new?handler=Preview", paste);

        await ShouldBeErrorPageAsync(response, HttpStatusCode.RequestEntityTooLarge, "Too large");
    }

    private static async Task ShouldBeErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string heading)
    {
        response.StatusCode.Should().Be(status);
        response.Headers.GetValues("Content-Security-Policy").Should().ContainSingle();
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        var page = await Browsing.ParseAsync(await response.Content.ReadAsStringAsync());
        page.QuerySelector("header.site-header nav")!.Should().NotBeNull(because: "the page is in the site's layout");
        page.QuerySelector("h1")!.TextContent.Should().Contain(heading);
        page.QuerySelector("main a[href='/']").Should().NotBeNull(because: "there is a way back");
        page.QuerySelector("code.request-id")!.TextContent.Should().NotBeNullOrWhiteSpace();
    }

    /// <summary>The real host with one path that throws, added after the app's own pipeline (so inside its error handling).</summary>
    public sealed class FailingAppFactory : TrackerAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IStartupFilter>(new ThrowingPath());
                services.AddScoped<MobilizationTracker.Web.Ingestion.ClaimWriter>(_ => throw new InvalidOperationException("A failure the test asked for."));
            });
        }
    }

    private sealed class ThrowingPath : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate rest) => context.Request.Path == FailingPath
                ? throw new InvalidOperationException("A failure the test asked for.")
                : rest(context));
        };
    }
}

/// <summary>The real host on Kestrel at 127.0.0.1 on a free port (for what the in-memory test server does not do: body size limits, chunked bodies).</summary>
public sealed class KestrelAppFactory : TrackerAppFactory
{
    public KestrelAppFactory()
    {
        UseKestrel(0);
    }

    public string BaseUrl
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("Kestrel reported no addresses.");
            return addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("urls", "http://127.0.0.1:0");
    }
}
