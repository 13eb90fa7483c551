using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MobilizationTracker.Web.History;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Sources;

/// <summary>/sources (editors): every source with its claim count and aliases; add an alias, merge two sources, the sources' history.</summary>
[Authorize(Policy = TrackerRoles.EditorPolicy)]
public sealed class IndexModel(SourceDirectory sources) : PageModel
{
    public const int HistoryRows = 50;

    public IReadOnlyList<SourceDirectory.SourceSummary> Sources { get; private set; } = [];
    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAliasAsync(int sourceId, string? alias, CancellationToken ct) =>
        await ShowAsync(await sources.AddAliasAsync(sourceId, alias, ct), "source-" + sourceId, ct);

    public async Task<IActionResult> OnPostMergeAsync(int fromId, int intoId, CancellationToken ct) =>
        await ShowAsync(await sources.MergeAsync(fromId, intoId, ct), "source-" + intoId, ct);

    private async Task<IActionResult> ShowAsync(SourceWrite write, string anchor, CancellationToken ct)
    {
        if (write is SourceWrite.Done done)
        {
            Message = done.Message;
            return Redirect("/sources#" + anchor);
        }

        Problem = ((SourceWrite.Refused)write).Message;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Sources = await sources.ListAsync(ct);
        History = await sources.HistoryAsync(HistoryRows, ct);
    }
}
