using Microsoft.Playwright;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Browser.Tests.Security;

/// <summary>The pages work under the site's Content-Security-Policy: the browser reports no violation, and scripts and styles load.</summary>
public sealed class CspTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/", false)]
    [InlineData("/compare?id=1&id=2", false)]
    [InlineData("/articles/1", false)]
    [InlineData("/articles/new", true)]
    [InlineData("/articles/1/claims/1", true)]
    [InlineData("/account/login", false)]
    public async Task A_page_runs_under_the_policy_without_a_violation(string url, bool editor)
    {
        var page = editor ? await fixture.NewEditorPageAsync() : await fixture.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");

        var response = await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        response!.Headers["content-security-policy"].Should().Be(SecurityHeaders.ContentSecurityPolicy);
        (await page.EvaluateAsync<string[]>("() => window.__csp")).Should().BeEmpty();
        violations.Should().BeEmpty();
    }
}
