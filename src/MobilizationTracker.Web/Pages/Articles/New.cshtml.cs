using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>
/// /articles/new. Step 1 (Preview): paste or upload, extract without storing. Step 2 (Save): the
/// editor reviews the claims and saves; post/redirect/get to the article. Between the steps the
/// content travels in a hidden field as base64 of the bytes received (so an upload's charset and
/// format survive exactly); nothing is kept on the server until Save. The form and request limits
/// are the site's own (<see cref="SizeLimits"/>, applied by <see cref="PagesRegistration"/> and the
/// request-size middleware), so a long review of many claims is not cut by framework defaults.
/// </summary>
[Authorize(Policy = TrackerRoles.EditorPolicy)]
public sealed class NewModel(IngestionService ingestion) : PageModel
{
    public const int BlankRows = 3;
    private static readonly string[] AllowedExtensions = [".html", ".htm", ".txt"];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Reviewing => !string.IsNullOrEmpty(Input.ContentBase64);
    public IReadOnlyList<string> Warnings { get; private set; } = [];
    public string? Problem { get; private set; }
    public int? DuplicateOf { get; private set; }

    /// <summary>The cleaned text in pieces; a highlighted piece's ClaimId is the index of its claim in the form.</summary>
    public IReadOnlyList<Highlighter.Segment> Text { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var content = await ReadContentAsync(ct);
        if (content is null || !ModelState.IsValid)
        {
            return Page();
        }

        var submission = Submission(content.Value.Bytes, content.Value.FileName, null);
        var (result, refusal) = await ingestion.PreviewAsync(submission, ct);
        if (refusal is not null)
        {
            // What Save would refuse is refused here, before the editor reviews anything.
            ShowRefusal(refusal);
            return Page();
        }

        ModelState.Clear();
        var (outlet, title, published) = SubmissionRules.Metadata(submission, result);
        Input.ContentBase64 = Convert.ToBase64String(content.Value.Bytes);
        Input.FileName = content.Value.FileName;
        Input.Content = null;
        Input.Outlet = outlet;
        Input.Title = title;
        Input.Url = Prefill(Input.Url, result.Metadata.Url);
        Input.Published = published;

        // Without a publication date the extractor dates claims from 1970-01-01: those dates are left
        // empty for the editor (a claim with no date of its own takes the publication date on Save).
        var drafts = result.Claims.Select(ClaimDraft.FromExtracted)
            .Select(d => ClaimInput.From(d))
            .Select(c => published is null ? c.WithoutDate() : c);
        Input.Claims = [.. drafts, .. Enumerable.Range(0, BlankRows).Select(_ => new ClaimInput())];
        CheckArticleFields();
        Show(result, published is null);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Input.ContentBase64 ?? "");
        }
        catch (FormatException)
        {
            bytes = [];
        }

        if (bytes.Length == 0)
        {
            Problem = "The article content was lost between the steps; paste or upload it again.";
            Input.ContentBase64 = null;
            return Page();
        }

        // Everything is checked in one round: the article's fields and every claim, each error by its field.
        CheckArticleFields();
        var kept = new List<ClaimDraft>();
        for (var i = 0; i < Input.Claims.Count; i++)
        {
            var claim = Input.Claims[i];
            if (claim.Delete || claim.IsBlank)
            {
                continue;
            }

            var before = ModelState.ErrorCount;
            claim.Validate(ModelState, $"Input.Claims[{i}]", Input.Published);
            if (ModelState.ErrorCount == before)
            {
                kept.Add(claim.ToDraft(Input.Published));
            }
        }

        if (!ModelState.IsValid)
        {
            await ShowAgainAsync(bytes, ct);
            return Page();
        }

        var outcome = await ingestion.IngestAsync(Submission(bytes, Input.FileName, kept), ct);
        if (outcome is IngestOutcome.Imported imported)
        {
            return RedirectToPage("/Articles/Details", new { id = imported.ArticleId });
        }

        ShowRefusal(outcome);
        await ShowAgainAsync(bytes, ct);
        return Page();
    }

    /// <summary>The outlet, title and publication date the article needs, each missing one marked on its field.</summary>
    private void CheckArticleFields()
    {
        foreach (var field in SubmissionRules.Missing(Blank(Input.Outlet), Blank(Input.Title), Input.Published))
        {
            ModelState.AddModelError("Input." + field, SubmissionRules.MissingMessage(field));
        }
    }

    /// <summary>The cleaned text with the evidence of each claim of the form highlighted, and the extractor's warnings.</summary>
    private void Show(ExtractionResult result, bool noPublicationDate)
    {
        var epoch = Tokens.FormatDate(DateOnly.FromDateTime(DateTime.UnixEpoch));
        Warnings = [.. result.Warnings.Where(w => !noPublicationDate || !w.Contains(epoch, StringComparison.Ordinal))];
        Text = Highlighter.Split(result.CleanedText, Input.Claims.Select((c, i) => (c.EvidenceStart, c.EvidenceLength, i)));
    }

    /// <summary>The review shown again after a refused Save: the text is extracted once more (it is not carried in the form).</summary>
    private async Task ShowAgainAsync(byte[] bytes, CancellationToken ct)
    {
        var (result, _) = await ingestion.PreviewAsync(Submission(bytes, Input.FileName, null), ct);
        Show(result, Input.Published is null);
    }

    private void ShowRefusal(IngestOutcome outcome)
    {
        switch (outcome)
        {
            case IngestOutcome.Duplicate duplicate:
                DuplicateOf = duplicate.ExistingArticleId;
                Problem = $"This article is already in the tracker ({duplicate.Reason}); nothing was stored.";
                break;
            case IngestOutcome.Failed failed:
                Problem = failed.Reason + " Nothing was stored.";
                break;
            default:
                throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}.");
        }
    }

    private ArticleSubmission Submission(byte[] bytes, string? fileName, IReadOnlyList<ClaimDraft>? reviewed) => new()
    {
        Content = bytes,
        FileName = fileName,
        Outlet = Blank(Input.Outlet),
        Title = Blank(Input.Title),
        Url = Blank(Input.Url),
        Published = Input.Published,
        ReviewedClaims = reviewed,
    };

    private async Task<(byte[] Bytes, string? FileName)?> ReadContentAsync(CancellationToken ct)
    {
        if (Input.Upload is { Length: > 0 } upload)
        {
            var extension = Path.GetExtension(upload.FileName).ToLowerInvariant();
            if (!AllowedExtensions.Contains(extension))
            {
                ModelState.AddModelError("Input.Upload", "Upload a .html, .htm or .txt file.");
                return null;
            }

            if (upload.Length > SizeLimits.FormArticleBytes)
            {
                ModelState.AddModelError("Input.Upload", SizeLimits.TooLarge("The file", upload.Length, SizeLimits.FormArticleBytes));
                return null;
            }

            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, ct);
            return (buffer.ToArray(), Path.GetFileName(upload.FileName));
        }

        if (string.IsNullOrWhiteSpace(Input.Content))
        {
            ModelState.AddModelError("Input.Content", "Paste the article's text or HTML, or choose a file to upload.");
            return null;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(Input.Content);
        if (bytes.Length > SizeLimits.FormArticleBytes)
        {
            ModelState.AddModelError("Input.Content", SizeLimits.TooLarge("The pasted text", bytes.Length, SizeLimits.FormArticleBytes));
            return null;
        }

        return (bytes, null);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Prefill(string? entered, string? fromPage) => string.IsNullOrWhiteSpace(entered) ? fromPage : entered;

    public sealed class InputModel
    {
        [Display(Name = "Article text or HTML")]
        public string? Content { get; set; }

        [Display(Name = "Or upload a file (.html, .htm, .txt)")]
        public IFormFile? Upload { get; set; }

        [StringLength(200)]
        public string? Outlet { get; set; }

        [StringLength(500)]
        public string? Title { get; set; }

        [Url(ErrorMessage = "Enter a full web address starting with http:// or https://.")]
        [StringLength(2000)]
        [Display(Name = "URL")]
        public string? Url { get; set; }

        [Display(Name = "Publication date")]
        [DataType(DataType.Date)]
        public DateOnly? Published { get; set; }

        public string? ContentBase64 { get; set; }
        public string? FileName { get; set; }
        public List<ClaimInput> Claims { get; set; } = [];
    }
}
