using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>
/// /articles/{articleId}/claims/{claimId} edits a stored claim; /articles/{articleId}/claims/new
/// adds one, both through <see cref="ClaimWriter"/>. The claim's Version goes out in a hidden field
/// and comes back as the original value: a save over someone else's change fails with a conflict
/// message instead of overwriting it.
/// </summary>
[Authorize(Policy = TrackerRoles.EditorPolicy)]
public sealed class EditClaimModel(TrackerDbContext db, ClaimWriter writer) : PageModel
{
    [BindProperty]
    public ClaimInput Input { get; set; } = new();

    public int ArticleId { get; private set; }
    public int? ClaimId { get; private set; }
    public string ArticleTitle { get; private set; } = "";
    public DateOnly Published { get; private set; }
    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int articleId, int? claimId, CancellationToken ct)
    {
        if (!await LoadArticleAsync(articleId, claimId, ct))
        {
            return NotFound();
        }

        if (claimId is { } id)
        {
            var claim = await db.Claims.AsNoTracking().Include(c => c.Source).Include(c => c.Regions)
                .SingleOrDefaultAsync(c => c.Id == id && c.ArticleId == articleId, ct);
            if (claim is null)
            {
                return NotFound();
            }

            Input = ClaimInput.From(ClaimMapping.ToDraft(claim), claim.Version);
        }
        else
        {
            Input = new ClaimInput { ClaimDate = Tokens.FormatDate(Published) };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int articleId, int? claimId, CancellationToken ct)
    {
        if (!await LoadArticleAsync(articleId, claimId, ct))
        {
            return NotFound();
        }

        Input.Validate(ModelState, nameof(Input), Published);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await writer.SaveAsync(articleId, claimId, Input.Version, Input.ToDraft(Published), ct))
        {
            case ClaimWrite.Saved saved:
                TempData["Message"] = claimId is null ? $"Claim {saved.ClaimId} was added." : $"Claim {saved.ClaimId} was saved.";
                return Redirect($"/articles/{articleId}#claim-{saved.ClaimId}");
            case ClaimWrite.Refused refused:
                Conflict = refused.Message;
                return Page();
            case var other:
                throw new InvalidOperationException($"Unexpected outcome {other}.");
        }
    }

    private async Task<bool> LoadArticleAsync(int articleId, int? claimId, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Title, a.Published }).SingleOrDefaultAsync(ct);
        if (article is null)
        {
            return false;
        }

        (ArticleId, ClaimId, ArticleTitle, Published) = (articleId, claimId, article.Title, article.Published);
        return true;
    }
}
