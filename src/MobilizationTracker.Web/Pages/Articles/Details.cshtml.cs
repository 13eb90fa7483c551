using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>/articles/{id}: metadata, cleaned text with evidence highlighted, claims (edit, delete, add), denials, regions.</summary>
public sealed class DetailsModel(TrackerDbContext db) : PageModel
{
    public ArticleView? Article { get; private set; }
    public IReadOnlyList<ClaimRow> Claims { get; private set; } = [];
    public IReadOnlyDictionary<int, int> Versions { get; private set; } = new Dictionary<int, int>();
    public IReadOnlyList<Highlighter.Segment> Text { get; private set; } = [];
    public IReadOnlyList<(string By, string Evidence)> Denials { get; private set; } = [];
    public IReadOnlyList<string> Regions { get; private set; } = [];
    public IReadOnlyList<HistoryQuery.HistoryRow> History { get; private set; } = [];

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
        Claims = await TimelineQuery.WithRegionsAsync(db, await TimelineQuery.Rows(claims.OrderBy(c => c.EvidenceStart).ThenBy(c => c.Id)).ToListAsync(ct), ct);
        var offsets = await claims.Select(c => new { c.Id, c.Version, c.EvidenceStart, c.EvidenceLength }).ToListAsync(ct);
        Versions = offsets.ToDictionary(o => o.Id, o => o.Version);
        Text = Highlighter.Split(Article.CleanedText, offsets.Select(o => (o.EvidenceStart, o.EvidenceLength, o.Id)));
        Denials = (await db.ArticleDenials.AsNoTracking().Where(d => d.ArticleId == id).OrderBy(d => d.Id)
            .Select(d => new { d.By, d.Evidence }).ToListAsync(ct)).Select(d => (d.By, d.Evidence)).ToList();
        Regions = await db.Articles.AsNoTracking().Where(a => a.Id == id).SelectMany(a => a.Regions.Select(r => r.Code)).OrderBy(c => c).ToListAsync(ct);
        History = await HistoryQuery.ForArticleAsync(db, id, ct);
        return Page();
    }

    /// <summary>Deletes one claim if nobody changed it since the page was shown (Version).</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, int claimId, int version, CancellationToken ct)
    {
        var claim = await db.Claims.SingleOrDefaultAsync(c => c.Id == claimId && c.ArticleId == id, ct);
        if (claim is null)
        {
            Message = "That claim no longer exists.";
            return RedirectToPage(new { id });
        }

        db.Entry(claim).Property(c => c.Version).OriginalValue = version;
        db.Claims.Remove(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            Message = $"Claim {claimId} was deleted.";
        }
        catch (DbUpdateConcurrencyException)
        {
            Message = $"Claim {claimId} was changed by someone else after you opened this page, so it was not deleted. Check it and try again.";
        }

        return RedirectToPage(new { id });
    }

    public sealed record ArticleView(int Id, string Outlet, string Title, string? Url, DateOnly Published, string Language, string ContentFormat, string CleanedText, DateTime IngestedAt);
}
