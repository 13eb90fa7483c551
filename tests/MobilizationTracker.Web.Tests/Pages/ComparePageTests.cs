using System.Net;
using MobilizationTracker.Extraction.Model;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Pages;

public sealed class ComparePageTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private async Task<AngleSharp.Dom.IDocument> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await FormPost.Document(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Selected_claims_are_side_by_side_with_differing_rows_highlighted()
    {
        var (_, a) = await AddArticleAsync(factory.Services, "Compare A", new DateOnly(2024, 3, 22), "Text.",
            new ClaimSpec(300000, Source: "Verstka", Regions: ["RU"]));
        var (_, b) = await AddArticleAsync(factory.Services, "Compare B", new DateOnly(2024, 3, 25), "Text.",
            new ClaimSpec(300000, Source: "Verstka", Regions: ["RU-VOR"], Denied: true, DeniedBy: "Dmitry Peskov"));

        var page = await GetAsync($"/compare?id={a[0]}&id={b[0]}");

        page.QuerySelectorAll("table.compare thead th").Select(th => th.TextContent).Should().Equal($"Claim {a[0]}", $"Claim {b[0]}");
        var rows = page.QuerySelectorAll("table.compare tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent.Replace(" (differs)", ""), tr => tr.QuerySelectorAll("td.differs").Length > 0);
        rows["Figure"].Should().BeFalse();
        rows["Source"].Should().BeFalse();
        rows["Outlet"].Should().BeTrue();
        rows["Regions"].Should().BeTrue();
        rows["Denied"].Should().BeTrue();
    }

    [Fact]
    public async Task A_figure_relayed_by_another_outlet_is_a_story_with_first_reporter_relay_and_denial()
    {
        var source = "Story source " + Guid.NewGuid().ToString("N")[..6];
        var (_, first) = await AddArticleAsync(factory.Services, "First Outlet", new DateOnly(2025, 1, 10), "Text.",
            new ClaimSpec(777000, Kind: ClaimKind.Count, Source: source));
        await AddArticleAsync(factory.Services, "Relay Outlet", new DateOnly(2025, 1, 20), "Text.",
            new ClaimSpec(780000, Kind: ClaimKind.Count, Source: source, Denied: true, DeniedBy: "Kremlin"));

        var page = await GetAsync($"/compare?id={first[0]}");

        var story = page.QuerySelector("article.story")!.TextContent;
        story.Should().Contain("First reported by First Outlet").And.Contain("citing " + source)
            .And.Contain("Relay Outlet on 20 January 2025").And.Contain("777,000 to 780,000").And.Contain("Kremlin (reported by Relay Outlet)");
    }

    [Fact]
    public async Task Without_ids_the_page_lists_the_stories_of_the_filter()
    {
        var page = await GetAsync("/compare?kind=rate&from=2099-01-01");

        page.QuerySelector("h1")!.TextContent.Should().Be("Compare claims");
        page.QuerySelectorAll("article.story").Should().BeEmpty();
        page.QuerySelector("main")!.TextContent.Should().Contain("No stories found.");
    }
}
