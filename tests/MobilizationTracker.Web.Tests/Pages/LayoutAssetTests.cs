using System.Net;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>The layout links its stylesheets and script by URLs that change with the files' content, and each is served.</summary>
public sealed class LayoutAssetTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/compare")]
    [InlineData("/no-such-page")]
    public async Task Every_linked_asset_has_a_versioned_url_and_is_served(string page)
    {
        var client = factory.CreateClient();
        var document = await FormPost.Document(await (await client.GetAsync(page)).Content.ReadAsStringAsync());
        var urls = document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!)).ToList();

        urls.Should().HaveCount(3);
        foreach (var url in urls)
        {
            url.Should().MatchRegex(@"^/(css|js)/[a-z]+\.([a-z0-9]{8,}\.(css|js)|(css|js)\?v=[\w-]+)$", "a URL without the content's hash would be cached stale after a deploy");
            var response = await client.GetAsync(url);
            response.StatusCode.Should().Be(HttpStatusCode.OK, url);
            (await response.Content.ReadAsStringAsync()).Should().NotBeEmpty(url);
        }
    }
}
