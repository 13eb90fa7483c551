using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Browser.Tests.Security;

/// <summary>
/// Script-injection payloads in title, outlet, text, source, denied by and evidence, stored through
/// ingestion, then the timeline, compare and article pages opened in Chromium with the CSP
/// bypassed: output encoding alone must keep every payload inert and visible as text.
/// </summary>
public sealed class XssTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Payloads =
    [
        "<script>window.__xss=1;alert(1)</script>",
        "<img src=x onerror=\"window.__xss=1;alert(1)\">",
        "\"><svg onload=\"window.__xss=1;alert(1)\">",
        "</mark><script>window.__xss=1</script><mark>",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
        "' onmouseover='window.__xss=1' x='",
    ];

    [Fact]
    public async Task No_payload_runs_or_opens_a_dialog_on_the_timeline_compare_and_article_pages()
    {
        var ids = new List<int>();
        for (var i = 0; i < Payloads.Length; i++)
        {
            ids.Add(await StoreAsync(i));
        }

        var page = await NewPageWithoutCspAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };

        await page.GotoAsync("/?outlet=" + Uri.EscapeDataString(Outlet(0)));
        await AssertInertAsync(page);
        await page.GotoAsync("/");
        await AssertInertAsync(page);
        await page.GotoAsync($"/compare?{string.Join("&", (await ClaimIdsAsync(ids)).Select(id => "id=" + id))}");
        await AssertInertAsync(page);
        foreach (var id in ids)
        {
            await page.GotoAsync($"/articles/{id}");
            await page.Locator("mark").First.HoverAsync();
            await AssertInertAsync(page);
            (await page.Locator("h1").InnerTextAsync()).Should().Contain(Payloads[ids.IndexOf(id)], because: "the title is shown as text");
        }

        dialogs.Should().BeEmpty();
    }

    [Fact]
    public async Task Evidence_highlighting_keeps_markup_in_the_evidence_as_text()
    {
        var id = await StoreAsync(3);
        var page = await NewPageWithoutCspAsync();

        await page.GotoAsync($"/articles/{id}");

        (await page.Locator(".article-text mark").CountAsync()).Should().Be(1);
        (await page.Locator(".article-text mark").InnerTextAsync()).Should().Contain(Payloads[3]);
        (await page.Locator(".article-text script, .article-text img, .article-text svg, .article-text iframe").CountAsync()).Should().Be(0);
    }

    private async Task<IPage> NewPageWithoutCspAsync()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, BypassCSP = true });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static async Task AssertInertAsync(IPage page)
    {
        (await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'")).Should().BeTrue(because: $"no payload may run on {page.Url}");
        (await page.Locator("script:not([src]), [onerror], [onload], [onmouseover], iframe, svg[onload]").CountAsync())
            .Should().Be(0, because: $"no payload may become markup on {page.Url}");
    }

    private static string Outlet(int i) => "Outlet " + Payloads[i];

    /// <summary>An article whose title, outlet, text, claim source, denied by and evidence all carry payload i; returns its id.</summary>
    private async Task<int> StoreAsync(int i)
    {
        var payload = Payloads[i];
        var evidence = $"The governor {payload} said 4,321 reservists would be called up.";
        var text = $"Voronezh, 12 March 2024. {evidence} The regional administration said the call-up would take place over the coming weeks. "
            + "Officials told reporters that the men would be sent to training camps before they were deployed to the front. "
            + $"Local residents said that they had not been told about the plans in advance. Reference {Guid.NewGuid():N} {payload}";
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
        var submission = new ArticleSubmission
        {
            Content = Encoding.UTF8.GetBytes(text),
            Format = ContentFormat.Text,
            Outlet = Outlet(i),
            Title = "Title " + payload,
            Published = new DateOnly(2024, 3, 12),
        };
        var preview = (await ingestion.PreviewAsync(submission, CancellationToken.None)).Result;
        var cleaned = preview.CleanedText;
        var start = cleaned.IndexOf(evidence, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, because: $"the payload survives cleaning as text: {cleaned} {preview.Rejection} {string.Join(" | ", preview.Warnings)}");
        var outcome = await ingestion.IngestAsync(submission with
        {
            ReviewedClaims =
            [
                new ClaimDraft
                {
                    Figure = 4321,
                    Qualifier = Qualifier.Exact,
                    Kind = ClaimKind.Count,
                    Source = "Source " + payload,
                    ClaimDate = new DateOnly(2024, 3, 11),
                    ClaimDatePrecision = DatePrecision.Day,
                    Regions = ["RU-VOR"],
                    Denied = true,
                    DeniedBy = "Denier " + payload,
                    Evidence = evidence,
                    EvidenceStart = start,
                    EvidenceLength = evidence.Length,
                },
            ],
        }, CancellationToken.None);
        return outcome.Should().BeOfType<IngestOutcome.Imported>().Subject.ArticleId;
    }

    private async Task<IReadOnlyList<int>> ClaimIdsAsync(IReadOnlyList<int> articleIds)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MobilizationTracker.Web.Data.TrackerDbContext>();
        return [.. db.Claims.Where(c => articleIds.Contains(c.ArticleId)).Select(c => c.Id).Take(2)];
    }
}
