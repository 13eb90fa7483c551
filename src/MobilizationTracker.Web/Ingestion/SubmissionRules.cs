using System.Globalization;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// The checks between an extraction result and a stored article: required metadata (the
/// submission's, else the page's; the file name as a last resort for the title), region codes,
/// source names, identity (normalised URL, content hash).
/// </summary>
internal static partial class SubmissionRules
{
    public static PreparedArticle Prepare(ArticleSubmission s, ExtractionResult result, SourceRegistry registry)
    {
        var meta = result.Metadata;
        var outlet = First(s.Outlet, meta.Outlet);
        var title = First(s.Title, meta.Title, s.FileName is null ? null : Path.GetFileNameWithoutExtension(s.FileName));
        var published = s.Published ?? meta.Published;
        if (outlet is null)
        {
            return PreparedArticle.Failed("The outlet is unknown: give it (form field or manifest \"outlet\"); the page does not say.");
        }

        if (title is null)
        {
            return PreparedArticle.Failed("The title is unknown: give it (form field or manifest \"title\"); the page does not say.");
        }

        if (published is null)
        {
            return PreparedArticle.Failed("The publication date is unknown: give it (form field or manifest \"published\", yyyy-MM-dd); the page does not say.");
        }

        if (string.IsNullOrWhiteSpace(result.CleanedText))
        {
            return PreparedArticle.Failed("The article has no text left after cleaning.");
        }

        var drafts = (s.ReviewedClaims ?? [.. result.Claims.Select(ClaimDraft.FromExtracted)])
            .Select(d => d with
            {
                Source = registry.Normalise(d.Source),
                Regions = [.. d.Regions.Select(NormaliseCode).Distinct(StringComparer.Ordinal)],
            })
            .ToList();
        var regions = result.Regions.Select(NormaliseCode).Distinct(StringComparer.Ordinal).ToList();
        if (CheckClaims(drafts, regions) is { } failure)
        {
            return PreparedArticle.Failed(failure);
        }

        return new PreparedArticle
        {
            Outlet = outlet,
            Title = title,
            Url = ArticleIdentity.NormaliseUrl(First(s.Url, meta.Url)),
            Published = published.Value,
            RawContent = IngestionService.DecodeRaw(s.Content),
            ContentFormat = FormatOf(s),
            CleanedText = result.CleanedText,
            ContentHash = ArticleIdentity.ContentHash(result.CleanedText),
            Language = string.IsNullOrWhiteSpace(result.Language) ? "und" : result.Language,
            Claims = drafts,
            Regions = regions,
            Denials = result.Denials,
        };
    }

    private static string? CheckClaims(IReadOnlyList<ClaimDraft> drafts, IReadOnlyList<string> regions)
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

    public static string TooLarge(long length, int maxBytes) => string.Create(
        CultureInfo.InvariantCulture,
        $"The file is too large: {length / (1024.0 * 1024.0):0.#} MB, the limit is {maxBytes / (1024.0 * 1024.0):0.#} MB.");

    /// <summary>A region row from the gazetteer; a well-formed code it does not know gets the code as its name.</summary>
    public static Region NewRegion(string code) => RegionGazetteer.ByCode.TryGetValue(code, out var info)
        ? new Region { Code = code, Name = info.Name, NameRu = info.NameRu }
        : new Region { Code = code, Name = code };

    private static string NormaliseCode(string code) => code.Trim().ToUpperInvariant();

    private static string FormatOf(ArticleSubmission s)
    {
        if (s.Format != ContentFormat.Auto)
        {
            return s.Format == ContentFormat.Html ? "html" : "text";
        }

        var extension = Path.GetExtension(s.FileName ?? "").ToLowerInvariant();
        if (extension is ".html" or ".htm")
        {
            return "html";
        }

        var start = System.Text.Encoding.UTF8.GetString(s.Content.Span[..Math.Min(s.Content.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return extension != ".txt" && start.StartsWith('<') ? "html" : "text";
    }

    private static string? First(params string?[] values) =>
        values.OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).FirstOrDefault();

    [GeneratedRegex(@"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    private static partial Regex RegionCode();
}
