using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>
/// /articles/{articleId}/claims/{claimId} edits a stored claim; /articles/{articleId}/claims/new
/// adds one. The claim's Version goes out in a hidden field and comes back as the original value:
/// a save over someone else's change fails with a conflict message instead of overwriting it.
/// </summary>
[Authorize(Policy = TrackerRoles.EditorPolicy)]
public sealed class EditClaimModel(TrackerDbContext db) : PageModel
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

            Input = From(claim);
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

        var draft = Input.ToDraft();
        Claim? claim;
        if (claimId is { } id)
        {
            claim = await db.Claims.Include(c => c.Regions).SingleOrDefaultAsync(c => c.Id == id && c.ArticleId == articleId, ct);
            if (claim is null)
            {
                Conflict = "This claim was deleted by someone else after you opened it.";
                return Page();
            }

            db.Entry(claim).Property(c => c.Version).OriginalValue = Input.Version;
            claim.Version = Input.Version + 1;
            if (claim.Evidence != draft.Evidence)
            {
                claim.EvidenceStart = -1;
                claim.EvidenceLength = 0;
            }
        }
        else
        {
            claim = new Claim { ArticleId = articleId, Evidence = draft.Evidence, EvidenceStart = -1, Version = 1 };
            db.Claims.Add(claim);
        }

        claim.Figure = draft.Figure;
        claim.Low = draft.Low;
        claim.High = draft.High;
        claim.Qualifier = draft.Qualifier;
        claim.Kind = draft.Kind;
        claim.ClaimDate = draft.ClaimDate;
        claim.ClaimDatePrecision = draft.ClaimDatePrecision;
        claim.Denied = draft.Denied;
        claim.DeniedBy = draft.DeniedBy;
        claim.Evidence = draft.Evidence;
        claim.SourceId = await SourceIdAsync(draft.Source, ct);
        claim.Regions = await RegionsAsync(draft.Regions, ct);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Conflict = "Someone else changed this claim after you opened it, so your changes were not saved. "
                + "Open the claim again to see the current values, then make your correction.";
            return Page();
        }

        TempData["Message"] = claimId is null ? $"Claim {claim.Id} was added." : $"Claim {claim.Id} was saved.";
        return Redirect($"/articles/{articleId}#claim-{claim.Id}");
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

    private async Task<int> SourceIdAsync(string name, CancellationToken ct)
    {
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Name == name, ct)
            ?? await db.SourceAliases.Where(a => a.Alias == name).Select(a => a.Source).FirstOrDefaultAsync(ct);
        if (source is null)
        {
            source = new Source { Name = name };
            db.Sources.Add(source);
            await db.SaveChangesAsync(ct);
        }

        return source.Id;
    }

    /// <summary>The Region rows for the codes, adding any the table does not have yet from the gazetteer.</summary>
    private async Task<List<Region>> RegionsAsync(IReadOnlyList<string> codes, CancellationToken ct)
    {
        var list = codes.ToList();
        var regions = await db.Regions.Where(r => list.Contains(r.Code)).ToListAsync(ct);
        foreach (var code in list.Where(c => !regions.Any(r => string.Equals(r.Code, c, StringComparison.OrdinalIgnoreCase))))
        {
            var info = RegionGazetteer.ByCode[code];
            var region = new Region { Code = info.Code, Name = info.Name, NameRu = info.NameRu };
            db.Regions.Add(region);
            regions.Add(region);
        }

        return regions;
    }

    private static ClaimInput From(Claim c) => new()
    {
        Figure = c.Figure,
        Low = c.Low,
        High = c.High,
        Qualifier = c.Qualifier.ToToken(),
        Kind = c.Kind.ToToken(),
        Source = c.Source?.Name,
        ClaimDate = Tokens.FormatClaimDate(c.ClaimDate, c.ClaimDatePrecision),
        Regions = string.Join(", ", c.Regions.Select(r => r.Code).Order(StringComparer.Ordinal)),
        Denied = c.Denied,
        DeniedBy = c.DeniedBy,
        Evidence = c.Evidence,
        EvidenceStart = c.EvidenceStart,
        EvidenceLength = c.EvidenceLength,
        Version = c.Version,
    };
}
