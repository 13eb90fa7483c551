using System.Net;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Pages.Map;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Pages;

public sealed class MapPageTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private async Task<AngleSharp.Dom.IDocument> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await FormPost.Document(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_federal_subject_and_oblast_has_exactly_one_tile()
    {
        var subdivisions = RegionGazetteer.ByCode.Keys.Where(c => c.Contains('-')).Order(StringComparer.Ordinal);

        RegionGrid.Tiles.Select(t => t.Code).Order(StringComparer.Ordinal).Should().Equal(subdivisions);
        RegionGrid.Tiles.Select(t => (t.Row, t.Column)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Regions_are_shaded_and_listed_by_the_claims_of_the_filter_and_link_to_the_filtered_timeline()
    {
        var outlet = "Map outlet " + Guid.NewGuid().ToString("N")[..8];
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 2, 1), "Text.",
            new ClaimSpec(1, Regions: ["RU-TYU"]), new ClaimSpec(2, Regions: ["RU-TYU", "UA-43"]), new ClaimSpec(3, Regions: ["RU-TYU"]), new ClaimSpec(4, Kind: MobilizationTracker.Extraction.Model.ClaimKind.Count, Regions: ["RU-VOR"]));
        var query = "?outlet=" + Uri.EscapeDataString(outlet);

        var page = await GetAsync("/map" + query);
        var targets = await GetAsync("/map" + query + "&kind=target");

        page.QuerySelectorAll(".region-counts li").Select(li => li.TextContent.Trim()).Should().Equal(
            "Tyumen Oblast 3 claims", "Autonomous Republic of Crimea 1 claim", "Voronezh Oblast 1 claim");
        page.QuerySelectorAll(".region-counts a").First().GetAttribute("href").Should().Be("/?region=RU-TYU&" + query[1..]);
        var tyumen = page.QuerySelectorAll("svg a.tile").Single(a => a.TextContent.Contains("TYU"));
        tyumen.ClassList.Should().Contain("shade-" + IndexModel.Shades);
        tyumen.GetAttribute("href").Should().Be("/?region=RU-TYU&" + query[1..]);
        page.QuerySelectorAll("svg a.tile").Single(a => a.TextContent.Contains("VOR")).ClassList.Should().NotContain("shade-0");
        page.QuerySelectorAll("svg a.tile").Single(a => a.TextContent.Contains("MUR")).ClassList.Should().Contain("shade-0");
        page.QuerySelector("figure.tile-map svg")!.GetAttribute("aria-hidden").Should().Be("true", "the list is the screen readers' version");
        targets.QuerySelectorAll(".region-counts li").Select(li => li.TextContent.Trim()).Should().NotContain(t => t.StartsWith("Voronezh"));
    }
}
