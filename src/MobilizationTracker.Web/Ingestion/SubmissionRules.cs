using System.Globalization;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// The checks between an extraction result and a stored article: required metadata (the
/// submission's, else the page's; the file name as a last resort for the title), a web URL, region
/// codes, source names, identity (normalised URL, content hash). The extraction result is the only
/// authority on the content: its detected format and decoded text are what is stored.
/// </summary>
internal static partial class SubmissionRules
{
    public const string NotAWebAddress = "The URL must be a web address starting with http:// or https://.";

    /// <summary>
    /// The article ready to store, or why not. <paramref name="forReview"/>: the form's preview, where a
    /// missing outlet, title or date is not yet a failure (the editor fills it in the review step).
    /// </summary>
    public static PreparedArticle Prepare(ArticleSubmission s, ExtractionResult result, SourceRegistry registry, bool forReview = false)
    {
        var meta = result.Metadata;
        var outlet = First(s.Outlet, meta.Outlet);
        var title = First(s.Title, meta.Title, s.FileName is null ? null : Path.GetFileNameWithoutExtension(s.FileName));
        var published = s.Published ?? meta.Published;
        if (!forReview && MissingMetadata(outlet, title, published) is { } missing)
        {
            return PreparedArticle.Failed(missing);
        }

        if (string.IsNullOrWhiteSpace(result.CleanedText))
        {
            return PreparedArticle.Failed("The article has no text left after cleaning.");
        }

        // The submitter's URL must be a web address; a page's own metadata URL that is not one is ignored.
        var url = First(s.Url);
        if (url is not null && !ArticleIdentity.IsWebAddress(url))
        {
            return PreparedArticle.Failed(NotAWebAddress);
        }

        url ??= First(meta.Url) is { } pageUrl && ArticleIdentity.IsWebAddress(pageUrl) ? pageUrl : null;
        var drafts = (s.ReviewedClaims ?? [.. result.Claims.Select(ClaimDraft.FromExtracted)])
            .Select(d => Normalise(d, registry))
            .ToList();
        var regions = result.Regions.Select(NormaliseCode).Distinct(StringComparer.Ordinal).ToList();
        if (CheckClaims(drafts, regions) is { } failure)
        {
            return PreparedArticle.Failed(failure);
        }

        return new PreparedArticle
        {
            Outlet = outlet ?? "",
            Title = title ?? "",
            Url = ArticleIdentity.NormaliseUrl(url),
            Published = published ?? default,
            RawContent = result.DecodedText,
            ContentFormat = result.Format == ContentFormat.Html ? "html" : "text",
            CleanedText = result.CleanedText,
            ContentHash = ArticleIdentity.ContentHash(result.CleanedText),
            Language = string.IsNullOrWhiteSpace(result.Language) ? "und" : result.Language,
            Claims = drafts,
            Regions = regions,
            Denials = result.Denials,
        };
    }

    /// <summary>The source under its canonical name, region codes upper-case and once each.</summary>
    public static ClaimDraft Normalise(ClaimDraft d, SourceRegistry registry) => d with
    {
        Source = registry.Normalise(d.Source.Trim()),
        Regions = [.. d.Regions.Select(NormaliseCode).Distinct(StringComparer.Ordinal)],
    };

    public static string? CheckClaims(IReadOnlyList<ClaimDraft> drafts, IReadOnlyList<string> regions)
    {
        var badCode = drafts.SelectMany(d => d.Regions).Concat(regions).FirstOrDefault(c => !RegionCode().IsMatch(c));
        if (badCode is not null)
        {
            return $"\"{badCode}\" is not an ISO 3166-2 region code (like RU-VOR, UA-43, or RU).";
        }

        if (drafts.FirstOrDefault(d => string.IsNullOrWhiteSpace(d.Source) || string.IsNullOrWhiteSpace(d.Evidence)) is { } incomplete)
        {
            return $"A claim ({incomplete.Figure?.ToString(CultureInfo.InvariantCulture) ?? "range"}) has no source or no evidence.";
        }

        return drafts.FirstOrDefault(d => !Enum.IsDefined(d.Kind) || !Enum.IsDefined(d.Qualifier) || !Enum.IsDefined(d.ClaimDatePrecision)) is { } invalid
            ? $"A claim ({invalid.Evidence}) has an unknown kind, qualifier or date precision."
            : null;
    }

    /// <summary>A region row from the gazetteer; a well-formed code it does not know gets the code as its name.</summary>
    public static Region NewRegion(string code) => RegionGazetteer.ByCode.TryGetValue(code, out var info)
        ? new Region { Code = info.Code, Name = info.Name, NameRu = info.NameRu }
        : new Region { Code = code, Name = code };

    private static string? MissingMetadata(string? outlet, string? title, DateOnly? published)
    {
        if (outlet is null)
        {
            return "The outlet is unknown: give it (form field or manifest \"outlet\"); the page does not say.";
        }

        if (title is null)
        {
            return "The title is unknown: give it (form field or manifest \"title\"); the page does not say.";
        }

        return published is null
            ? "The publication date is unknown: give it (form field or manifest \"published\", yyyy-MM-dd); the page does not say."
            : null;
    }

    private static string NormaliseCode(string code) => code.Trim().ToUpperInvariant();

    private static string? First(params string?[] values) =>
        values.OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).FirstOrDefault();

    [GeneratedRegex(@"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    private static partial Regex RegionCode();
}
