using Microsoft.Playwright;

namespace MobilizationTracker.Browser.Tests;

/// <summary>
/// The analysts' and researchers' pages in a real Chromium at both screen sizes: every page fits
/// (no sideways scroll, axe clean, a screenshot each), the phone's folded filters and claim cards,
/// the region picker and the clean URL (with and without JavaScript), the chart by keyboard and by
/// touch, the map's links and the CSV for Excel.
/// </summary>
public sealed class AnalystPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static TheoryData<string, string, string> Pages()
    {
        var pages = new (string Name, string Url)[]
        {
            ("timeline", "/"),
            ("timeline-filtered", "/?region=RU-TYU&kind=count"),
            ("chart-table", "/chart"),
            ("compare", "/compare?id=1&id=2&id=3"),
            ("stories", "/compare"),
            ("map", "/map"),
            ("article", "/articles/1"),
        };
        var data = new TheoryData<string, string, string>();
        foreach (var (name, url) in pages)
        {
            data.Add(name, url, Screen.Desktop.Name);
            data.Add(name, url, Screen.Phone.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_fits_the_screen_and_axe_finds_nothing_serious(string name, string url, string screenName)
    {
        var screen = Screen.Named(screenName);
        var page = await fixture.NewPageAsync(screen);

        var response = await page.GotoAsync(url);

        response!.Ok.Should().BeTrue();
        await PageChecks.AssertPageFitsAsync(page, name, screen);
    }

    [Theory]
    [MemberData(nameof(Screen.Both), MemberType = typeof(Screen))]
    public async Task The_signed_in_navigation_fits_the_screen(string screenName)
    {
        var screen = Screen.Named(screenName);
        var page = await fixture.NewEditorPageAsync(screen);

        await page.GotoAsync("/");

        (await page.Locator("header nav li").AllInnerTextsAsync()).Should().Contain(t => t.StartsWith("Sign out"));
        await PageChecks.AssertPageFitsAsync(page, "timeline-signed-in", screen);
    }

    [Fact]
    public async Task On_a_phone_the_filters_fold_behind_one_button_that_counts_them_and_claims_are_cards()
    {
        var page = await fixture.NewPageAsync(Screen.Phone);
        await page.GotoAsync("/?kind=target&denied=yes");

        var toggle = page.Locator("details.filter-panel summary");
        (await toggle.InnerTextAsync()).Should().Contain("Filters").And.Contain("(2 active)");
        (await page.Locator("form.filters").IsVisibleAsync()).Should().BeFalse();
        (await toggle.BoundingBoxAsync())!.Height.Should().BeLessThan(60);
        (await page.Locator("table.claims thead").IsVisibleAsync()).Should().BeFalse();
        var card = (await page.Locator("table.claims tbody tr").First.BoundingBoxAsync())!;
        card.Width.Should().BeLessThan(Screen.Phone.Width);
        card.Height.Should().BeGreaterThan(60, "a card stacks the claim's values");

        await toggle.TapAsync();

        (await page.Locator("form.filters").IsVisibleAsync()).Should().BeTrue();
        (await page.GetByLabel("Kind").InputValueAsync()).Should().Be("target");
        await PageChecks.AssertPageFitsAsync(page, "timeline-filters-open", Screen.Phone);
    }

    [Fact]
    public async Task On_a_desktop_the_filter_panel_is_open()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop);
        await page.GotoAsync("/");

        (await page.Locator("form.filters").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("form.filters").BoundingBoxAsync())!.Height.Should().BeLessThan(Screen.Desktop.Height / 2);
    }

    [Fact]
    public async Task The_outlet_field_loads_its_suggestions_when_first_used_and_filters_by_the_chosen_outlet()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop);
        await page.GotoAsync("/");
        (await page.Locator("#outlet-names option").CountAsync()).Should().Be(0, "the list is not in the page");

        var outlet = page.GetByLabel("Outlet", new() { Exact = true });
        await outlet.FocusAsync();
        // A locator, not WaitForFunction: polling a function is an eval, which the site's CSP refuses.
        await page.Locator("#outlet-names option").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        var first = await page.Locator("#outlet-names option").First.GetAttributeAsync("value");
        await outlet.FillAsync(first!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("outlet="));

        var rows = await page.Locator("table.claims tbody tr td:nth-child(5)").AllInnerTextsAsync();
        rows.Should().NotBeEmpty().And.OnlyContain(text => text.Contains(first!), "each row is the chosen outlet's (its source, or the source via it)");
        (await page.GetByLabel("Outlet", new() { Exact = true }).InputValueAsync()).Should().Be(first);
    }

    [Fact]
    public async Task The_region_picker_takes_typed_names_and_the_url_keeps_only_the_filters_that_are_set()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop);
        await page.GotoAsync("/");

        var picker = page.GetByLabel("Regions", new() { Exact = true });
        await picker.FillAsync("Tyumen Oblast");
        await picker.PressAsync("Enter");
        await picker.FillAsync("ru-vor");
        await picker.PressAsync("Enter");

        (await page.GetByLabel("Tyumen Oblast").IsCheckedAsync()).Should().BeTrue();
        (await page.GetByLabel("Voronezh Oblast").IsCheckedAsync()).Should().BeTrue();
        await page.GetByLabel("Voronezh Oblast").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("region=", StringComparison.Ordinal));

        new Uri(page.Url).PathAndQuery.Should().Be("/?region=RU-TYU");
        (await page.Locator("table.claims tbody tr").AllInnerTextsAsync()).Should().NotBeEmpty().And.OnlyContain(t => t.Contains("Tyumen"));
        (await page.Locator("details.filter-panel summary").InnerTextAsync()).Should().Contain("(1 active)");
    }

    [Fact]
    public async Task Without_javascript_the_filters_still_work_and_the_url_is_clean()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("details.filter-panel summary").ClickAsync();
        await page.GetByLabel("Regions", new() { Exact = true }).FillAsync("Tyumen Oblast");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("region=", StringComparison.Ordinal));

        new Uri(page.Url).Query.Should().Be("?region=Tyumen%20Oblast");
        (await page.Locator("table.claims tbody tr").AllInnerTextsAsync()).Should().NotBeEmpty().And.OnlyContain(t => t.Contains("Tyumen"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_charts_points_are_reached_with_tab_and_announce_their_value_source_and_date()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop);
        await page.GotoAsync("/");
        var points = await page.Locator("figure.chart .pt").CountAsync();
        points.Should().BeGreaterThan(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "Clear" }).FocusAsync();
        var names = new List<string>();
        for (var i = 0; i < 20 && names.Count < points; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => document.activeElement.matches('figure.chart .pt')"))
            {
                names.Add((await page.Locator(":focus").GetAttributeAsync("aria-label"))!);
            }
        }

        names.Should().HaveCount(points);
        names.Should().Contain(n => n.Contains("300,000") && n.Contains("Verstka") && n.Contains("March 2024") && n.Contains("denied by Dmitry Peskov"));
        (await page.Locator("[data-chart-readout]").InnerTextAsync()).Should().Be(names[^1]);
        (await page.GetByRole(AriaRole.Img, new() { Name = names[0] }).CountAsync()).Should().Be(1);
        await BrowserFixture.ScreenshotAsync(page, "chart-focused", Screen.Desktop);
    }

    [Fact]
    public async Task On_a_phone_a_tapped_chart_point_shows_its_claim()
    {
        var page = await fixture.NewPageAsync(Screen.Phone);
        await page.GotoAsync("/");
        var point = page.Locator("figure.chart .pt").First;

        await point.TapAsync();

        var label = await point.GetAttributeAsync("aria-label");
        (await page.Locator("[data-chart-readout]").InnerTextAsync()).Should().Be(label);
        (await page.EvaluateAsync<bool>("() => document.activeElement.matches('figure.chart .pt')")).Should().BeTrue();
        var text = await page.EvaluateAsync<double>("() => document.querySelector('figure.chart .axis text').getBoundingClientRect().height");
        text.Should().BeGreaterThanOrEqualTo(9, "the axis labels stay readable on a phone");
        await BrowserFixture.ScreenshotAsync(page, "chart-tapped", Screen.Phone);
    }

    [Fact]
    public async Task A_map_tile_and_a_listed_region_open_the_timeline_filtered_to_it()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop);
        await page.GotoAsync("/map");

        (await page.Locator(".region-counts li").AllInnerTextsAsync()).Should().Contain(t => t.StartsWith("Tyumen Oblast"));
        await page.Locator("figure.tile-map a.tile", new() { HasText = "TYU" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("region=RU-TYU", StringComparison.Ordinal));
        (await page.Locator("table.claims tbody tr").AllInnerTextsAsync()).Should().NotBeEmpty().And.OnlyContain(t => t.Contains("Tyumen"));

        await page.GotoAsync("/map?kind=count");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tyumen Oblast" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("region=RU-TYU", StringComparison.Ordinal));
        new Uri(page.Url).Query.Should().Be("?region=RU-TYU&kind=count");
    }

    [Fact]
    public async Task The_csv_for_excel_download_starts_with_a_byte_order_mark_and_keeps_the_screens_order()
    {
        var page = await fixture.NewPageAsync(Screen.Desktop);
        await page.GotoAsync("/");
        var shown = await page.Locator("table.claims tbody tr input[name=id]").EvaluateAllAsync<string[]>("els => els.map(e => e.value)");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV for Excel" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);

        bytes.Take(3).Should().Equal(ByteOrderMark);
        var records = Csv.Parse(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        records.Skip(1).Select(r => r[0]).Should().Equal(shown);
    }
}
