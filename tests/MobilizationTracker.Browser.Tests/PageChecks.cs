using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MobilizationTracker.Browser.Tests;

/// <summary>The checks every page must pass at every screen size: nothing scrolls sideways, axe finds nothing serious.</summary>
public static class PageChecks
{
    /// <summary>Fails when the document is wider than the viewport (the page scrolls sideways), naming the widest elements.</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<string[]>(
            """
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              return [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > width + 1 && getComputedStyle(e).position !== 'fixed')
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right));
            }
            """);
        overflow.Should().BeEmpty($"{page.Url} must not scroll sideways at {await ViewportWidthAsync(page)} px");
    }

    /// <summary>Fails on any serious or critical axe-core violation.</summary>
    public static async Task AssertAxeCleanAsync(IPage page)
    {
        var result = await page.RunAxe();
        Serious(result).Should().BeEmpty($"axe must find nothing serious on {page.Url}");
    }

    /// <summary>Both checks and a screenshot named after the page and the screen.</summary>
    public static async Task AssertPageFitsAsync(IPage page, string name, Screen screen)
    {
        await BrowserFixture.ScreenshotAsync(page, name, screen);
        await AssertNoSidewaysScrollAsync(page);
        await AssertAxeCleanAsync(page);
    }

    public static IEnumerable<string> Serious(AxeResult result) =>
        result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");

    private static Task<int> ViewportWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
}
