using Microsoft.Playwright;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Browser.Tests;

/// <summary>
/// Issue 12, editors, in Chromium at both screen sizes: the review step with the article text and
/// its evidence highlighted (a Russian article too), the article page (links only for editors,
/// delete asked first, restore from history), the sources page (alias, merge), the accounts pages.
/// Every page passes <see cref="PageChecks.AssertPageFitsAsync"/>.
/// </summary>
public sealed class EditorPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Our own words, in Russian: a regional recruitment figure with its source and a date.
    private const string RussianText =
        "Власти Курской области объявили о наборе добровольцев\n\n"
        + "Губернатор Курской области заявил в понедельник, что в регионе планируют набрать до 3 200 добровольцев в батальоны территориальной обороны. "
        + "По его словам, запись продлится до конца месяца.";

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<IPage> AdminPageAsync(BrowserFixture fixture, Screen screen)
    {
        var email = $"admin-{Unique()}@example.org";
        var password = "pw-" + Guid.NewGuid().ToString("N");
        (await UserAccounts.CreateAsync(fixture.App.Services, email, password, TrackerRoles.Admin)).Should().BeEmpty();
        var page = await fixture.NewPageAsync(screen);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Opens the form, fills what is given and asks for the review.</summary>
    private static async Task ReviewAsync(IPage page, string text, string? outlet = null, string? published = null)
    {
        await page.GotoAsync("/articles/new");
        await page.GetByLabel("Article text or HTML").FillAsync(text);
        if (outlet is not null)
        {
            await page.GetByLabel("Outlet").FillAsync(outlet);
        }

        if (published is not null)
        {
            await page.GetByLabel("Publication date").FillAsync(published);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Extract claims for review" }).ClickAsync();
    }

    [Theory]
    [MemberData(nameof(Screen.Both), MemberType = typeof(Screen))]
    public async Task A_russian_article_added_through_the_form_shows_its_claims_with_the_evidence_highlighted_in_the_russian_text(string size)
    {
        var screen = Screen.Named(size);
        var page = await fixture.NewEditorPageAsync(screen);
        await page.GotoAsync("/articles/new");
        await PageChecks.AssertPageFitsAsync(page, "article-new", screen);
        await ReviewAsync(page, RussianText + " " + Unique(), "Курская правда", "2024-06-03");

        (await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync()).Should().Be("Власти Курской области объявили о наборе добровольцев");
        var mark = page.Locator(".review-text mark").First;
        (await mark.InnerTextAsync()).Should().Contain("3 200").And.Contain("добровольцев");
        (await page.Locator("fieldset.claim-fields legend").First.InnerTextAsync()).Should().Contain("3,200");
        await PageChecks.AssertPageFitsAsync(page, "article-review", screen);

        // Keyboard only: the claim's link to its evidence, then on to saving.
        await page.Locator("fieldset.claim-fields").First.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Show in the text") }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // Following the link is a same-page navigation the browser may finish after the key press returns.
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("#evidence-0$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save article and claims" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+$"));
        (await page.Locator("table.claims").InnerTextAsync()).Should().Contain("3,200");
        (await page.Locator(".article-text mark").First.InnerTextAsync()).Should().Contain("3 200");
        await PageChecks.AssertPageFitsAsync(page, "article-page", screen);
    }

    [Theory]
    [MemberData(nameof(Screen.Both), MemberType = typeof(Screen))]
    public async Task A_review_with_missing_fields_marks_them_all_at_once(string size)
    {
        var screen = Screen.Named(size);
        var page = await fixture.NewEditorPageAsync(screen);
        await ReviewAsync(page, "A district calls up 800 men " + Unique() + "\n\nThe district head said 800 men would be called up this week.");

        var summary = await page.Locator("#form-errors").InnerTextAsync();
        summary.Should().Contain("Enter the outlet").And.Contain("Enter the publication date").And.NotContainEquivalentOf("manifest");
        (await page.Locator("input[name$='.ClaimDate']").EvaluateAllAsync<string[]>("els => els.map(e => e.value)")).Should().NotContain(v => v.StartsWith("1970"));
        await PageChecks.AssertPageFitsAsync(page, "article-review-errors", screen);
    }

    [Theory]
    [MemberData(nameof(Screen.Both), MemberType = typeof(Screen))]
    public async Task Visitors_see_no_edit_links_and_an_editor_deletes_after_being_asked_and_restores_from_history(string size)
    {
        var screen = Screen.Named(size);
        var anonymous = await fixture.NewPageAsync(screen);
        await anonymous.GotoAsync("/articles/1");
        (await anonymous.Locator("a[href*='/claims/']").CountAsync()).Should().Be(0);
        (await anonymous.GetByRole(AriaRole.Button, new() { Name = "Delete" }).CountAsync()).Should().Be(0);

        var page = await fixture.NewEditorPageAsync(screen);
        await ReviewAsync(page, "The ministry said 6,100 contract soldiers had signed up in May. " + Unique(), "Restore Herald", "2024-06-01");
        var first = page.Locator("fieldset.claim-fields").First;
        await first.GetByLabel("Figure").FillAsync("6100");
        await first.GetByLabel("Kind").SelectOptionAsync("target");
        await first.GetByLabel("Source").FillAsync("Ministry");
        await first.GetByLabel("Claim date").FillAsync("2024-05");
        await first.GetByLabel("Evidence").FillAsync("The ministry said 6,100 contract soldiers had signed up in May.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save article and claims" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+$"));
        var article = page.Url;

        await page.Locator("table.claims").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Edit") }).First.ClickAsync();
        await PageChecks.AssertPageFitsAsync(page, "claim-editor", screen);
        await page.GotoAsync(article);
        await page.Locator("table.claims").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Delete") }).First.ClickAsync();
        (await page.Locator("h1").InnerTextAsync()).Should().StartWith("Delete claim");
        await PageChecks.AssertPageFitsAsync(page, "claim-delete", screen);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Delete claim") }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+"));
        (await page.Locator("table.claims").CountAsync()).Should().Be(0);
        var history = page.Locator("table.history");
        (await history.InnerTextAsync()).Should().Contain("deleted claim").And.Contain("6,100 (target), Ministry");
        await PageChecks.AssertPageFitsAsync(page, "article-history", screen);

        await history.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Restore") }).First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/articles/\\d+"));
        (await page.Locator("table.claims").InnerTextAsync()).Should().Contain("6,100").And.Contain("Ministry");
        (await page.Locator("[role=status]").InnerTextAsync()).Should().Contain("restored");
    }

    [Theory]
    [MemberData(nameof(Screen.Both), MemberType = typeof(Screen))]
    public async Task An_editor_adds_a_cyrillic_alias_and_merges_two_sources_on_the_sources_page(string size)
    {
        var screen = Screen.Named(size);
        var page = await fixture.NewEditorPageAsync(screen);
        var from = "Ministry spokesman " + Unique();
        var into = "Defense Ministry " + Unique();
        foreach (var (source, figure) in new[] { (from, "7100"), (into, "7200") })
        {
            await page.GotoAsync("/articles/1/claims/new");
            await page.GetByLabel("Figure").FillAsync(figure);
            await page.GetByLabel("Source").FillAsync(source);
            await page.GetByLabel("Evidence").FillAsync($"{source} spoke of {figure} recruits.");
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(Save|Add)") }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/articles/1"));
        }

        await page.GotoAsync("/sources");
        var row = page.Locator("tr", new() { Has = page.Locator("th", new() { HasText = into }) });
        var alias = "Минобороны " + Unique();
        await row.GetByLabel("New alias of " + into).FillAsync(alias);
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Add") }).ClickAsync();
        (await page.Locator("[role=status]").InnerTextAsync()).Should().Contain(alias);
        (await page.Locator("tr", new() { Has = page.Locator("th", new() { HasText = into }) }).InnerTextAsync()).Should().Contain(alias);

        await page.GetByLabel("Merge this source").SelectOptionAsync(new SelectOptionValue { Label = from + " (1)" });
        await page.GetByLabel("into this one").SelectOptionAsync(new SelectOptionValue { Label = into + " (1)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        (await page.Locator("[role=status]").InnerTextAsync()).Should().Contain($"{from} was merged into {into}");
        var merged = await page.Locator("tr", new() { Has = page.Locator("th", new() { HasText = into }) }).InnerTextAsync();
        merged.Should().Contain("2").And.Contain(from).And.Contain(alias);
        (await page.Locator("th", new() { HasText = from }).CountAsync()).Should().Be(0);
        (await page.Locator(".source-history").InnerTextAsync()).Should().Contain($"merged {from} (1 claim) into {into}");
        await PageChecks.AssertPageFitsAsync(page, "sources", screen);
    }

    [Theory]
    [MemberData(nameof(Screen.Both), MemberType = typeof(Screen))]
    public async Task The_sign_in_and_users_pages_fit_and_an_admin_changes_a_role(string size)
    {
        var screen = Screen.Named(size);
        var visitor = await fixture.NewPageAsync(screen);
        await visitor.GotoAsync("/account/login");
        await PageChecks.AssertPageFitsAsync(visitor, "sign-in", screen);

        var target = $"someone-{Unique()}@example.org";
        (await UserAccounts.CreateAsync(fixture.App.Services, target, "pw-" + Guid.NewGuid().ToString("N"), TrackerRoles.Editor)).Should().BeEmpty();
        var page = await AdminPageAsync(fixture, screen);
        await page.GotoAsync("/account/users");
        (await page.Locator("#password-rule").InnerTextAsync()).Should().Contain("at least 12 characters");
        var row = page.Locator("tr", new() { Has = page.Locator("th", new() { HasText = target }) });
        await row.GetByLabel("Role of " + target).SelectOptionAsync("admin");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Change") }).ClickAsync();

        (await page.Locator("[role=status]").InnerTextAsync()).Should().Contain($"{target} is now an admin");
        await PageChecks.AssertPageFitsAsync(page, "users", screen);
    }
}
