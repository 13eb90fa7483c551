using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>/articles/{id}: metadata, cleaned text with evidence highlighted, claims (edit, delete, add), denials, regions.</summary>
public sealed class DetailsModel(TrackerDbContext db, IAuthorizationService authorization) : PageModel
{
    public ArticleView? Article { get; private set; }
    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];
    public IReadOnlyDictionary<int, int> Versions { get; private set; } = new Dictionary<int, int>();

    /// <summary>Why each claim has its source, where the extractor said (shown beside the evidence).</summary>
    public IReadOnlyDictionary<int, string> Attributions { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<Highlighter.Segment> Text { get; private set; } = [];
    public IReadOnlyList<(string By, string Evidence)> Denials { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public HistoryView History { get; private set; } = new(0, [], false);

    /// <summary>The visitor may add, edit, delete and restore claims (editors and admins); others see no such links.</summary>
    public bool CanEdit { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new ArticleView(a.Id, a.Outlet, a.Title, a.Url, a.Published, a.Language, a.ContentFormat, a.CleanedText, a.IngestedAt))
            .SingleOrDefaultAsync(ct);
        if (Article is null)
        {
            return NotFound();
        }

        var claims = db.Claims.AsNoTracking().Where(c => c.ArticleId == id);
        Claims = await TimelineQuery.Rows(claims.OrderBy(c => c.EvidenceStart).ThenBy(c => c.Id)).ToListAsync(ct);
        var offsets = await claims.Select(c => new { c.Id, c.Version, c.EvidenceStart, c.EvidenceLength, c.Attribution }).ToListAsync(ct);
        Versions = offsets.ToDictionary(o => o.Id, o => o.Version);
        Attributions = offsets.Where(o => o.Attribution is not null).ToDictionary(o => o.Id, o => o.Attribution!);
        Text = Highlighter.Split(Article.CleanedText, offsets.Select(o => (o.EvidenceStart, o.EvidenceLength, o.Id)));
        Denials = (await db.ArticleDenials.AsNoTracking().Where(d => d.ArticleId == id).OrderBy(d => d.Id)
            .Select(d => new { d.By, d.Evidence }).ToListAsync(ct)).Select(d => (d.By, d.Evidence)).ToList();
        Regions = await db.Articles.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Regions.Select(r => r.Code)).OrderBy(c => c).ToListAsync(ct);
        CanEdit = (await authorization.AuthorizeAsync(User, TrackerRoles.EditorPolicy)).Succeeded;
        History = new HistoryView(id, await HistoryQuery.ForArticleAsync(db, id, ct), CanEdit);
        return Page();
    }

    /// <summary>Deletes one claim if nobody changed it since the page was shown (Version).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, int claimId, int version, [FromServices] ClaimWriter writer, CancellationToken ct)
    {
        Message = await writer.DeleteAsync(id, claimId, version, ct) switch
        {
            ClaimWrite.Refused refused => refused.Message,
            _ => $"Claim {claimId} was deleted. The history below can restore it.",
        };
        return RedirectToPage(new { id });
    }

    /// <summary>Brings a deleted claim back from its history row.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int id, int historyId, [FromServices] ClaimWriter writer, CancellationToken ct)
    {
        var write = await writer.RestoreAsync(id, historyId, ct);
        Message = write switch
        {
            ClaimWrite.Saved saved => $"The claim was restored as claim {saved.ClaimId}.",
            ClaimWrite.Refused refused => refused.Message,
            _ => throw new InvalidOperationException($"Unexpected outcome {write}."),
        };
        return write is ClaimWrite.Saved s ? Redirect($"/articles/{id}#claim-{s.ClaimId}") : RedirectToPage(new { id });
    }

    /// <summary>The model of the _History partial: the rows, and whether the visitor may restore deleted claims.</summary>
    public sealed record HistoryView(int ArticleId, IReadOnlyList<HistoryQuery.HistoryRow> Rows, bool CanEdit);

    public sealed record ArticleView(int Id, string Outlet, string Title, string? Url, DateOnly Published, string Language, string ContentFormat, string CleanedText, DateTime IngestedAt);
}
