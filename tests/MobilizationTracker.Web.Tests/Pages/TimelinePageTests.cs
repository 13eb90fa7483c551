using System.Net;
using MobilizationTracker.Extraction.Model;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>The cases on SQLite; <see cref="TimelinePagePostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class TimelinePageTests(TrackerAppFactory factory) : TimelinePageCases<TrackerAppFactory>(factory);

public sealed class TimelinePagePostgreSqlTests(PostgreSqlAppFactory factory) : TimelinePageCases<PostgreSqlAppFactory>(factory);

public abstract class TimelinePageCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    private static string Outlet() => "Outlet " + Guid.NewGuid().ToString("N")[..8];

    private async Task<AngleSharp.Dom.IDocument> GetAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await FormPost.Document(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_row_shows_date_figure_kind_source_outlet_regions_denial_and_article_link()
    {
        var outlet = Outlet();
        var (articleId, _) = await AddArticleAsync(factory.Services, outlet, new DateOnly(2023, 3, 14), "Text.",
            new ClaimSpec(500000, Qualifier: Qualifier.UpTo, Source: "The Times", Regions: ["RU-VOR", "RU-TYU"], Denied: true, DeniedBy: "Dmitry Peskov"));

        var page = await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet));

        var row = page.QuerySelector("table.claims tbody tr")!.TextContent;
        row.Should().Contain("14 March 2023").And.Contain("up to 500,000").And.Contain("Target").And.Contain("The Times")
            .And.Contain("via " + outlet).And.Contain("Voronezh Oblast").And.Contain("Tyumen Oblast").And.Contain("Denied by Dmitry Peskov");
        page.QuerySelector($"table.claims a[href='/articles/{articleId}']").Should().NotBeNull();
        page.QuerySelector("h2.month")!.TextContent.Should().Be("March 2023");
    }

    [Fact]
    public async Task Region_filter_keeps_only_claims_in_that_region()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 1, 10), "Text.",
            new ClaimSpec(100, Regions: ["RU-TYU"]), new ClaimSpec(200, Regions: ["RU"]), new ClaimSpec(300, Regions: ["UA-43", "RU-TYU"]));

        var page = await GetAsync($"/?outlet={Uri.EscapeDataString(outlet)}&region=RU-TYU");

        page.QuerySelectorAll("table.claims tbody tr td.figure").Select(td => td.TextContent).Should().BeEquivalentTo("100", "300");
    }

    [Fact]
    public async Task Keyset_paging_shows_50_rows_then_continues_after_the_cursor_with_the_filter_kept()
    {
        var outlet = Outlet();
        var claims = Enumerable.Range(1, 60).Select(i => new ClaimSpec(1000 + i, Date: new DateOnly(2022, 1, 1).AddDays(i))).ToArray();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2022, 6, 1), "Text.", claims);

        var first = await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet));
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await GetAsync(next);

        first.QuerySelectorAll("table.claims tbody tr").Should().HaveCount(50);
        first.QuerySelector("table.claims tbody tr td.figure")!.TextContent.Should().Be("1,060");
        next.Should().Contain("outlet=").And.Contain("after=2022-01-12_");
        second.QuerySelectorAll("table.claims tbody tr td.figure").Select(t => t.TextContent).Should().Equal(
            Enumerable.Range(1, 10).Reverse().Select(i => (1000 + i).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"))));
        second.QuerySelector("a[rel=prev]").Should().NotBeNull();
    }

    [Fact]
    public async Task Oldest_first_reverses_the_order()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2022, 6, 1), "Text.",
            new ClaimSpec(1, Date: new DateOnly(2022, 2, 1)), new ClaimSpec(2, Date: new DateOnly(2022, 3, 1)));

        var page = await GetAsync($"/?outlet={Uri.EscapeDataString(outlet)}&order=asc");

        page.QuerySelectorAll("table.claims td.figure").Select(t => t.TextContent).Should().Equal("1", "2");
    }

    [Fact]
    public async Task Full_text_search_finds_claims_by_evidence_and_by_article_text()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 2, 1), "Nothing special here.",
            new ClaimSpec(11, Evidence: "Shoigu ordered zebrafinch recruitment."), new ClaimSpec(12, Evidence: "Another sentence."));
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 2, 2), "The article mentions quokkaland at length.",
            new ClaimSpec(13, Evidence: "A plain claim."));

        var byEvidence = await GetAsync($"/?outlet={Uri.EscapeDataString(outlet)}&q=zebrafinch");
        var byText = await GetAsync($"/?outlet={Uri.EscapeDataString(outlet)}&q=quokkaland");

        byEvidence.QuerySelectorAll("table.claims td.figure").Select(t => t.TextContent).Should().Equal("11");
        byText.QuerySelectorAll("table.claims td.figure").Select(t => t.TextContent).Should().Equal("13");
    }

    [Fact]
    public async Task Chart_draws_a_titled_point_per_claim_and_hollow_denied_ones()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 5, 1), "Text.",
            new ClaimSpec(1000), new ClaimSpec(20000, Denied: true, DeniedBy: "Kremlin"));

        var page = await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet));

        var svg = page.QuerySelector("figure.chart svg")!;
        svg.GetAttribute("role").Should().Be("img");
        svg.GetAttribute("aria-label").Should().Contain("2 claimed figures");
        svg.QuerySelectorAll("circle.pt").Should().HaveCount(2);
        svg.QuerySelectorAll("circle.pt.denied title").Single().TextContent.Should().Contain("20,000").And.Contain("denied by Kremlin");
    }

    [Fact]
    public async Task Bad_filter_values_are_reported_not_fatal()
    {
        var page = await GetAsync("/?from=yesterday&region=XX");

        page.QuerySelector(".notice.warn")!.TextContent.Should().Contain("yesterday").And.Contain("XX");
    }

    [Fact]
    public async Task Download_link_carries_the_current_filter()
    {
        var page = await GetAsync("/?region=RU-VOR&kind=target");

        page.QuerySelectorAll("a").Single(a => a.TextContent == "Download CSV").GetAttribute("href")
            .Should().Be("/export/claims.csv?region=RU-VOR&kind=target");
    }
}
