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
/// <summary>An article field the submission must give when the page does not.</summary>
public enum ArticleField
{
    Outlet,
    Title,
    Published,
}

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
        var (outlet, title, published) = Metadata(s, result);
        if (!forReview && Missing(outlet, title, published) is { Count: > 0 } missing)
        {
            return PreparedArticle.Failed(string.Join(" ", missing.Select(MissingMessage)));
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

    /// <summary>
    /// The outlet, title and publication date the article is stored with: the submission's, else the
    /// page's own; the title falls back to the file name, then to the first line of a pasted text.
    /// </summary>
    public static (string? Outlet, string? Title, DateOnly? Published) Metadata(ArticleSubmission s, ExtractionResult result)
    {
        var meta = result.Metadata;
        var title = First(
            s.Title,
            meta.Title,
            s.FileName is null ? null : Path.GetFileNameWithoutExtension(s.FileName),
            result.Format == ContentFormat.Text ? FirstLine(result.DecodedText) : null);
        return (First(s.Outlet, meta.Outlet), title, s.Published ?? meta.Published);
    }

    /// <summary>Every required article field that is still unknown, all at once.</summary>
    public static IReadOnlyList<ArticleField> Missing(string? outlet, string? title, DateOnly? published) =>
    [
        .. string.IsNullOrWhiteSpace(outlet) ? [ArticleField.Outlet] : Array.Empty<ArticleField>(),
        .. string.IsNullOrWhiteSpace(title) ? [ArticleField.Title] : Array.Empty<ArticleField>(),
        .. published is null ? [ArticleField.Published] : Array.Empty<ArticleField>(),
    ];

    /// <summary>What to tell the person submitting, in the words of the form (the import verb says the same).</summary>
    public static string MissingMessage(ArticleField field) => field switch
    {
        ArticleField.Outlet => "Enter the outlet that published the article; the page does not name it.",
        ArticleField.Title => "Enter the article's title; the page does not give one.",
        ArticleField.Published => "Enter the publication date (yyyy-MM-dd); the page does not give one.",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The first non-empty line of a pasted text, as a title (at most <see cref="TitleFromTextLength"/> characters, cut at a word).</summary>
    public static string? FirstLine(string text)
    {
        var line = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null || line.Length <= TitleFromTextLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', TitleFromTextLength);
        return line[..(cut > 0 ? cut : TitleFromTextLength)].TrimEnd() + "\u2026";
    }

    /// <summary>The longest title taken from a pasted text's first line.</summary>
    public const int TitleFromTextLength = 200;

    private static string NormaliseCode(string code) => code.Trim().ToUpperInvariant();

    private static string? First(params string?[] values) =>
        values.OfType<string>().Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).FirstOrDefault();

    [GeneratedRegex(@"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")]
    private static partial Regex RegionCode();
}
