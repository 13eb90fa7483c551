using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>
/// /articles/{articleId}/claims/{claimId}/delete: the claim and a button that deletes it (the post
/// goes to the article page's Delete handler, with the version shown), so a delete is always asked
/// first, with or without JavaScript. The article's history can restore it afterwards.
/// </summary>
[Authorize(Policy = TrackerRoles.EditorPolicy)]
public sealed class DeleteClaimModel(TrackerDbContext db) : PageModel
{
    public ClaimRow? Claim { get; private set; }
    public string ArticleTitle { get; private set; } = "";
    public int ArticleId { get; private set; }
    public int Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(int articleId, int claimId, CancellationToken ct)
    {
        var claims = db.Claims.AsNoTracking().Where(c => c.Id == claimId && c.ArticleId == articleId);
        Claim = await TimelineQuery.Rows(claims).SingleOrDefaultAsync(ct);
        if (Claim is null)
        {
            return NotFound();
        }

        Version = await claims.Select(c => c.Version).SingleAsync(ct);
        ArticleId = articleId;
        ArticleTitle = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.Title).SingleAsync(ct);
        return Page();
    }
}
