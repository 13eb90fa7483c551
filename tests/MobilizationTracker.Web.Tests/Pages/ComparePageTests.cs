using System.Net;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Stories;
using MobilizationTracker.Web.Tests.Stories;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Pages;

public sealed class ComparePageTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private Task<AngleSharp.Dom.IDocument> GetAsync(string url) => GetAsync(factory, url);

    private static async Task<AngleSharp.Dom.IDocument> GetAsync(TrackerAppFactory app, string url)
    {
        var response = await app.CreateClient().GetAsync(url);
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
            tr => tr.QuerySelector("th")!.TextContent, tr => tr.QuerySelectorAll("td.differs").Length > 0);
        rows["Figure"].Should().BeFalse();
        rows["Source"].Should().BeFalse();
        rows["Outlet"].Should().BeTrue();
        rows["Regions"].Should().BeTrue();
        rows["Denied"].Should().BeTrue();
    }

    [Fact]
    public async Task Only_the_cells_that_differ_from_the_first_claim_are_marked()
    {
        var (_, a) = await AddArticleAsync(factory.Services, "Compare First", new DateOnly(2024, 4, 1), "Text.",
            new ClaimSpec(300000, Source: "Verstka"), new ClaimSpec(300000, Source: "Meduza"), new ClaimSpec(400000, Source: "Verstka"));

        var page = await GetAsync($"/compare?id={a[0]}&id={a[1]}&id={a[2]}");

        string[] Marks(string row) => page.QuerySelectorAll("table.compare tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == row)
            .QuerySelectorAll("td").Select(td => td.ClassList.Contains("differs") ? "x" : "-").ToArray();
        Marks("Figure").Should().Equal("-", "-", "x");
        Marks("Source").Should().Equal("-", "x", "-");
        Marks("Outlet").Should().Equal("-", "-", "-");
        page.QuerySelector("#compare-key")!.TextContent.Should().Contain("differ from the first claim");
        page.QuerySelector("table.compare td.differs")!.TextContent.Should().EndWith("(differs)");
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

    [Fact]
    public async Task A_second_source_with_the_same_figure_is_shown_as_one_and_one_figure_reads_as_one()
    {
        var (first, second) = ("First source " + Guid.NewGuid().ToString("N")[..6], "Second source " + Guid.NewGuid().ToString("N")[..6]);
        var (_, a) = await AddArticleAsync(factory.Services, "Outlet One", new DateOnly(2025, 3, 1), "Text.",
            new ClaimSpec(123000, Kind: ClaimKind.ForceSize, Source: first));
        await AddArticleAsync(factory.Services, "Outlet Two", new DateOnly(2025, 3, 3), "Text.",
            new ClaimSpec(123000, Kind: ClaimKind.ForceSize, Source: second));

        var story = (await GetAsync($"/compare?id={a[0]}")).QuerySelector("article.story")!.TextContent;

        story.Should().Contain("Second source: Outlet Two").And.Contain("citing " + second)
            .And.Contain("Every report gives 123,000.").And.NotContain("Relayed by").And.NotContain("123,000 to 123,000");
    }

    [Fact]
    public async Task The_page_shows_the_stories_the_finder_finds_on_the_same_data()
    {
        using var app = new TrackerAppFactory();
        _ = app.Services;
        await PerfFill.FillAsync(app.ConnectionString, 4000);

        await TrackerDatabase.MigrateAsync(app.Services, CancellationToken.None);
        var found = (await StoredStories.FoundAsync(app.Services)).Select(Shown).ToList();
        found.Should().HaveCountGreaterThan(StoryQuery.MaxShown);

        var newest = await GetAsync(app, "/compare");
        StoriesOn(newest).Should().Equal(found.Take(StoryQuery.MaxShown).Select(s => s.Text));

        var picked = found.Skip(7).Take(3).Select(s => s.Story.Claims[0].ClaimId).ToList();
        var selected = await GetAsync(app, "/compare?" + string.Join("&", picked.Select(id => "id=" + id)));
        StoriesOn(selected).Should().Equal(found.Where(s => s.Story.Claims.Any(c => picked.Contains(c.ClaimId))).Select(s => s.Text));
    }

    /// <summary>What the page shows of a story: its first reports and every denied one, and its total.</summary>
    private static (StoryView Story, string Text) Shown(StoryView story) =>
        (story, string.Join(" ", StoryQuery.Shown(story.Claims, c => c.Denied).Select(c => c.ClaimId)) + " / " + story.Claims.Count);

    private static List<string> StoriesOn(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("article.story").Select(a => a.GetAttribute("data-claims") + " / " + a.GetAttribute("data-count")).ToList();
}
