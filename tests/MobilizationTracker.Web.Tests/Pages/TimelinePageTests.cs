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
    public async Task The_outlets_are_suggested_from_api_outlets_not_written_into_the_page()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2023, 5, 2), "Text.", new ClaimSpec(700));

        var page = await GetAsync("/");
        var field = page.QuerySelector("input#outlet")!;
        page.QuerySelector("datalist#" + field.GetAttribute("list"))!.GetAttribute("data-options").Should().Be("/api/outlets");
        page.QuerySelectorAll("#outlet option, #outlet-names option").Should().BeEmpty();

        var response = await factory.CreateClient().GetAsync("/api/outlets");
        response.Headers.CacheControl!.Public.Should().BeTrue();
        var outlets = System.Text.Json.JsonSerializer.Deserialize<string[]>(await response.Content.ReadAsStringAsync())!;
        outlets.Should().Contain(outlet).And.BeInAscendingOrder(StringComparer.Ordinal);

        var filtered = await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet));
        filtered.QuerySelector("input#outlet")!.GetAttribute("value").Should().Be(outlet);
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
    public async Task Russian_text_is_written_as_itself_not_as_character_entities()
    {
        var outlet = "Курская правда " + Guid.NewGuid().ToString("N")[..8];
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 2, 3), "Текст.", new ClaimSpec(700, Source: "Губернатор"));

        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/?outlet=" + Uri.EscapeDataString(outlet));
        var search = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("<b>мобилизация\""));

        html.Should().Contain("via " + outlet).And.Contain("Губернатор").And.NotContain("&#x41A;", because: "К is not escaped");
        search.Should().Contain("value=\"&lt;b&gt;мобилизация&quot;\"", because: "markup characters are still escaped, Cyrillic is not");
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
    public async Task Chart_draws_a_focusable_named_marker_per_claim_and_denied_ones_as_diamonds()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 5, 1), "Text.",
            new ClaimSpec(1000, Source: "The Chart Source"), new ClaimSpec(20000, Denied: true, DeniedBy: "Kremlin"));

        var page = await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet));

        var svg = page.QuerySelector("figure.chart svg")!;
        svg.GetAttribute("aria-label").Should().Contain("2 claimed figures");
        var points = svg.QuerySelectorAll("g.pt");
        points.Should().HaveCount(2).And.OnlyContain(p => p.GetAttribute("tabindex") == "0" && p.GetAttribute("role") == "img");
        points.Single(p => !p.ClassList.Contains("denied")).GetAttribute("aria-label").Should().Be("1 May 2024: 1,000, target, The Chart Source");
        var denied = points.Single(p => p.ClassList.Contains("denied"));
        denied.GetAttribute("aria-label").Should().Contain("20,000").And.Contain("denied by Kremlin");
        denied.QuerySelector("path").Should().NotBeNull("a denied claim is a diamond, not a hollow circle");
        denied.QuerySelector("circle").Should().BeNull();
    }

    [Fact]
    public async Task Claims_with_the_same_date_and_figure_share_one_marker_that_counts_them()
    {
        var outlet = Outlet();
        var day = new DateOnly(2024, 6, 3);
        await AddArticleAsync(factory.Services, outlet, day, "Text.",
            new ClaimSpec(300000, Source: "Verstka"), new ClaimSpec(300000, Source: "Meduza"), new ClaimSpec(300000, Source: "RFE/RL"), new ClaimSpec(5000));

        var svg = (await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet))).QuerySelector("figure.chart svg")!;

        var points = svg.QuerySelectorAll("g.pt");
        points.Should().HaveCount(2);
        var shared = points.Single(p => p.QuerySelector("text.count") is not null);
        shared.QuerySelector("text.count")!.TextContent.Should().Be("×3");
        shared.GetAttribute("aria-label").Should().Be("3 claims on 3 June 2024: 300,000, target, Meduza, RFE/RL, Verstka");
    }

    [Fact]
    public async Task Chart_has_dated_time_ticks_and_enough_gridlines_for_one_decade()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2023, 1, 10), "Text.",
            new ClaimSpec(300000, Date: new DateOnly(2023, 1, 10)), new ClaimSpec(400000, Date: new DateOnly(2023, 9, 20)));

        var svg = (await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet))).QuerySelector("figure.chart svg")!;

        var labels = svg.QuerySelectorAll(".axis text").Select(t => t.TextContent).ToList();
        labels.Should().Contain(["100k", "200k", "500k", "1M"]);
        labels.Should().Contain(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^[A-Z][a-z]{2} 2023$"));
        svg.QuerySelectorAll(".grid line").Length.Should().BeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task The_chart_table_lists_the_charts_claims_for_the_same_filter()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 7, 1), "Text.",
            new ClaimSpec(4321, Source: "Table Source"), new ClaimSpec(8765, Denied: true, DeniedBy: "Kremlin"));

        var timeline = await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet));
        var link = timeline.QuerySelectorAll("figure.chart a").Single(a => a.TextContent.Contains("as a table")).GetAttribute("href")!;
        var table = await GetAsync(link);

        link.Should().Be("/chart?outlet=" + Uri.EscapeDataString(outlet));
        var rows = table.QuerySelectorAll("table.chart-table tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().HaveCount(2);
        rows.Should().Contain(r => r.Contains("4,321") && r.Contains("Table Source"));
        rows.Should().Contain(r => r.Contains("8,765") && r.Contains("Denied by Kremlin"));
    }

    [Fact]
    public async Task Empty_parameters_are_redirected_out_of_the_url()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var some = await client.GetAsync("/?from=&to=&region=&kind=target&q=+&region=RU-VOR");
        var none = await client.GetAsync("/?from=&q=");
        var clean = await client.GetAsync("/?kind=target");

        some.StatusCode.Should().Be(HttpStatusCode.Redirect);
        some.Headers.Location!.OriginalString.Should().Be("/?region=RU-VOR&kind=target");
        none.Headers.Location!.OriginalString.Should().Be("/");
        clean.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_region_typed_by_name_filters_like_its_code()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 1, 10), "Text.",
            new ClaimSpec(100, Regions: ["RU-TYU"]), new ClaimSpec(200, Regions: ["RU-VOR"]));

        var page = await GetAsync($"/?outlet={Uri.EscapeDataString(outlet)}&region=" + Uri.EscapeDataString("Tyumen Oblast"));

        page.QuerySelectorAll("table.claims td.figure").Select(t => t.TextContent).Should().Equal("100");
        page.QuerySelector(".region-picker input[type=checkbox][name=region][value=RU-TYU]")!.HasAttribute("checked").Should().BeTrue();
        page.QuerySelectorAll("#region-names option").Should().HaveCount(MobilizationTracker.Extraction.Regions.RegionGazetteer.ByCode.Count);
        page.QuerySelector("select[multiple]").Should().BeNull();
    }

    [Fact]
    public async Task The_page_says_how_many_claims_match_and_how_many_filters_are_active()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 1, 10), "Text.",
            new ClaimSpec(100), new ClaimSpec(200), new ClaimSpec(300, Kind: ClaimKind.Count));
        var many = Outlet();
        await AddArticleAsync(factory.Services, many, new DateOnly(2024, 1, 10), "Text.",
            Enumerable.Range(1, TimelineChartMax + 5).Select(i => new ClaimSpec(i)).ToArray());

        var three = await GetAsync("/?outlet=" + Uri.EscapeDataString(outlet));
        var two = await GetAsync($"/?outlet={Uri.EscapeDataString(outlet)}&kind=target&region=RU&region=RU-VOR");
        var capped = await GetAsync("/?outlet=" + Uri.EscapeDataString(many));

        three.QuerySelector(".match-count")!.TextContent.Trim().Should().Be("3 claims match.");
        three.QuerySelector("details.filter-panel summary")!.TextContent.Should().Contain("(1 active)");
        two.QuerySelector(".match-count")!.TextContent.Trim().Should().Be("2 claims match.");
        two.QuerySelector("details.filter-panel summary")!.TextContent.Should().Contain("(3 active)");
        capped.QuerySelector(".match-count")!.TextContent.Trim().Should().Be($"More than {TimelineChartMax} claims match.");
    }

    private const int TimelineChartMax = MobilizationTracker.Web.Claims.TimelineChart.MaxPoints;

    [Fact]
    public async Task Bad_filter_values_are_reported_not_fatal()
    {
        var page = await GetAsync("/?from=yesterday&region=XX");

        page.QuerySelector(".notice.warn")!.TextContent.Should().Contain("yesterday").And.Contain("XX");
    }

    [Fact]
    public async Task Download_links_carry_the_current_filter_and_the_order_the_page_shows()
    {
        var newest = await GetAsync("/?region=RU-VOR&kind=target");
        var oldest = await GetAsync("/?region=RU-VOR&kind=target&order=asc");

        string Href(AngleSharp.Dom.IDocument page, string text) => page.QuerySelectorAll("a").Single(a => a.TextContent == text).GetAttribute("href")!;
        Href(newest, "Download CSV").Should().Be("/export/claims.csv?region=RU-VOR&kind=target&order=desc");
        Href(newest, "CSV for Excel").Should().Be("/export/claims.csv?region=RU-VOR&kind=target&order=desc&bom=1");
        Href(newest, "JSON").Should().Be("/export/claims.json?region=RU-VOR&kind=target&order=desc");
        Href(oldest, "Download CSV").Should().Be("/export/claims.csv?region=RU-VOR&kind=target&order=asc");
    }

    [Fact]
    public async Task The_csv_downloads_come_in_the_screens_order_and_the_excel_one_starts_with_a_byte_order_mark()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2023, 5, 1), "Text.",
            new ClaimSpec(11, Date: new DateOnly(2023, 2, 1)), new ClaimSpec(33, Date: new DateOnly(2023, 4, 1)), new ClaimSpec(22, Date: new DateOnly(2023, 3, 1)));
        var client = factory.CreateClient();

        foreach (var order in new[] { "", "&order=asc" })
        {
            var page = await GetAsync($"/?outlet={Uri.EscapeDataString(outlet)}{order}");
            var shown = page.QuerySelectorAll("table.claims td.figure").Select(t => t.TextContent).ToList();
            string Href(string text) => page.QuerySelectorAll("a").Single(a => a.TextContent == text).GetAttribute("href")!;

            var plain = await client.GetByteArrayAsync(Href("Download CSV"));
            var excel = await client.GetByteArrayAsync(Href("CSV for Excel"));

            plain.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
            excel.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
            excel.Skip(3).Should().Equal(plain);
            var exported = System.Text.Encoding.UTF8.GetString(plain).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).ToList();
            exported.Should().Equal(shown.Select(s => s.Replace(",", "")), because: "the export follows the order of " + (order == "" ? "newest first" : "oldest first"));
        }
    }
}
