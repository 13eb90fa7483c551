using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MobilizationTracker.Browser.Tests;

/// <summary>
/// The scenarios in a real Chromium against the real app: an editor adds an article and
/// corrects a claim; it shows on the timeline; a region filter narrows the list; two claims are
/// compared; the CSV download parses and matches the filter; axe finds nothing serious on any page.
/// Tests share one app (seeded with seeds/) and are written so their order does not matter.
/// </summary>
public sealed class EditorAndAnalystTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string ArticleText =
        "Voronezh, 12 March 2024. The regional governor said on Monday that up to 1,234 reservists would be called up in Voronezh Oblast for training camps. "
        + "The Kremlin spokesman Dmitry Peskov denied that a new wave of mobilization was planned.";

    [Fact]
    public async Task An_editor_adds_an_article_corrects_a_claim_and_it_shows_on_the_timeline()
    {
        var page = await fixture.NewEditorPageAsync();
        await page.GotoAsync("/articles/new");
        await BrowserFixture.ScreenshotAsync(page, "articles-new");
        await page.GetByLabel("Article text or HTML").FillAsync(ArticleText + " Ref " + Guid.NewGuid().ToString("N"));
        await page.GetByLabel("Outlet").FillAsync("Browser Test Herald");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Reservists called up in Voronezh");
        await page.GetByLabel("Publication date").FillAsync("2024-03-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Extract claims for review" }).ClickAsync();

        var first = page.Locator("fieldset.claim-fields").First;
        await first.GetByLabel("Figure").FillAsync("1250");
        await first.GetByLabel("Qualifier").SelectOptionAsync("upto");
        await first.GetByLabel("Kind").SelectOptionAsync("count");
        await first.GetByLabel("Source").FillAsync("Governor of Voronezh Oblast");
        await first.GetByLabel("Claim date").FillAsync("2024-03-11");
        await first.GetByLabel("Regions").FillAsync("RU-VOR");
        await first.GetByLabel("Evidence").FillAsync("The regional governor said on Monday that up to 1,234 reservists would be called up in Voronezh Oblast for training camps.");
        await BrowserFixture.ScreenshotAsync(page, "articles-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save article and claims" }).ClickAsync();

        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/articles/\\d+$"));
        (await page.Locator("h1").InnerTextAsync()).Should().Be("Reservists called up in Voronezh");
        (await page.Locator("table.claims").InnerTextAsync()).Should().Contain("up to 1,250").And.Contain("Governor of Voronezh Oblast");
        await BrowserFixture.ScreenshotAsync(page, "article-details");

        await page.GotoAsync("/?outlet=" + Uri.EscapeDataString("Browser Test Herald"));
        (await page.Locator("table.claims tbody").InnerTextAsync()).Should().Contain("up to 1,250").And.Contain("Voronezh Oblast");
    }

    [Fact]
    public async Task The_stylesheet_is_served_and_applied()
    {
        var page = await fixture.NewPageAsync();

        await page.GotoAsync("/");

        // The browser asks for the compressed asset; an empty one leaves the header unstyled.
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('header.site-header')).backgroundColor");
        background.Should().Be("rgb(19, 41, 61)");
    }

    [Fact]
    public async Task A_region_filter_narrows_the_timeline()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        var all = await page.Locator("table.claims tbody tr").CountAsync();
        await BrowserFixture.ScreenshotAsync(page, "timeline");

        await page.GetByLabel("Regions", new() { Exact = true }).FillAsync("Tyumen Oblast");
        await page.GetByLabel("Regions", new() { Exact = true }).PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("region=RU-TYU"));
        var rows = page.Locator("table.claims tbody tr");
        var narrowed = await rows.CountAsync();
        narrowed.Should().BeLessThan(all);
        for (var i = 0; i < narrowed; i++)
        {
            (await rows.Nth(i).InnerTextAsync()).Should().Contain("Tyumen");
        }

        await BrowserFixture.ScreenshotAsync(page, "timeline-region");
    }

    [Fact]
    public async Task Two_claims_are_compared_side_by_side()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        var boxes = page.Locator("input[name=id]");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected claims" }).ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/compare\\?id="));
        (await page.Locator("table.compare thead th").CountAsync()).Should().Be(2);
        (await page.Locator("table.compare tbody th").AllInnerTextsAsync()).Should().Contain(t => t.StartsWith("Figure"));
        await BrowserFixture.ScreenshotAsync(page, "compare");
    }

    [Fact]
    public async Task The_csv_download_parses_and_matches_the_filter()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/?region=RU-TYU");
        var shown = await page.Locator("table.claims tbody tr").CountAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download CSV" }).ClickAsync());
        var path = await download.PathAsync();

        download.SuggestedFilename.Should().Contain("region-RU-TYU").And.EndWith(".csv");
        var records = Csv.Parse(await File.ReadAllTextAsync(path!, Encoding.UTF8));
        records[0].Should().Equal("claim_id", "figure", "low", "high", "qualifier", "kind", "source", "claim_date", "claim_date_precision",
            "regions", "denied", "denied_by", "evidence", "article_id", "outlet", "title", "url", "published");
        records.Should().HaveCount(shown + 1);
        records.Skip(1).Should().OnlyContain(r => r[9].Split(';', StringSplitOptions.None).Contains("RU-TYU"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/compare")]
    [InlineData("/articles/new")]
    [InlineData("/articles/1")]
    public async Task Axe_finds_no_serious_or_critical_violation(string url)
    {
        var page = url == "/articles/new" ? await fixture.NewEditorPageAsync() : await fixture.NewPageAsync();
        var response = await page.GotoAsync(url);
        response!.Ok.Should().BeTrue();
        if (url == "/compare")
        {
            await page.GotoAsync("/");
            await page.Locator("input[name=id]").Nth(0).CheckAsync();
            await page.Locator("input[name=id]").Nth(1).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Compare selected claims" }).ClickAsync();
        }

        await PageChecks.AssertAxeCleanAsync(page);
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_review_step_and_the_claim_editor()
    {
        var page = await fixture.NewEditorPageAsync();
        await page.GotoAsync("/articles/new");
        await page.GetByLabel("Article text or HTML").FillAsync(ArticleText + " Axe " + Guid.NewGuid().ToString("N"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Extract claims for review" }).ClickAsync();
        var review = await page.RunAxe();
        await page.GotoAsync("/articles/1/claims/1");
        await BrowserFixture.ScreenshotAsync(page, "claim-editor");
        var editor = await page.RunAxe();

        PageChecks.Serious(review).Should().BeEmpty();
        PageChecks.Serious(editor).Should().BeEmpty();
    }
}
