using System.Net;
using AngleSharp.Dom;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// What a page says about itself, each field from the first source that has it:
/// <list type="bullet">
/// <item>title: JSON-LD headline, og:title, twitter:title, citation_title / dc.title, the first
/// &lt;h1&gt;, &lt;title&gt; (a trailing " | Outlet" or " - Outlet" is cut when it names the outlet);</item>
/// <item>outlet: JSON-LD publisher.name, og:site_name, application-name, citation_publisher / dc.publisher;</item>
/// <item>url: &lt;link rel=canonical&gt;, og:url, JSON-LD url / mainEntityOfPage (absolute http(s) only);</item>
/// <item>published: JSON-LD datePublished, article:published_time, itemprop=datePublished,
/// pubdate / publishdate / date / dc.date / dcterms.* / citation_publication_date / parsely-pub-date
/// / sailthru.date meta tags, then &lt;time datetime&gt; (marked datePublished or pubdate, else the
/// first inside &lt;article&gt; or &lt;main&gt;);</item>
/// <item>language: JSON-LD inLanguage, &lt;html lang&gt;, og:locale, content-language (as "en", "ru").</item>
/// </list>
/// Read before the page is cleaned (the JSON-LD lives in scripts that cleaning removes).
/// </summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] TitleMeta = ["og:title", "twitter:title", "citation_title", "dc.title", "dcterms.title"];
    private static readonly string[] OutletMeta = ["og:site_name", "application-name", "citation_publisher", "dc.publisher", "dcterms.publisher"];
    private static readonly string[] UrlMeta = ["og:url", "twitter:url"];
    private static readonly string[] LanguageMeta = ["og:locale", "content-language", "language", "dc.language"];

    private static readonly string[] DateMeta =
    [
        "article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "dcterms.date",
        "citation_publication_date", "citation_date", "citation_online_date", "parsely-pub-date", "sailthru.date",
        "article.published", "published_time", "date.published",
    ];

    public static ArticleMetadata Read(IDocument document)
    {
        var ld = JsonLdReader.Read(document);
        var meta = CollectMeta(document);

        var outlet = Clean(Decode(ld?.Publisher)) ?? First(meta, OutletMeta);
        var title = Clean(Decode(ld?.Headline)) ?? First(meta, TitleMeta)
            ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(document.Title);

        return new ArticleMetadata
        {
            Outlet = outlet,
            Title = title is null ? null : CutOutletSuffix(title, outlet),
            Url = Absolute(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
                ?? Absolute(First(meta, UrlMeta)) ?? Absolute(ld?.Url),
            Published = MetadataDates.Parse(ld?.Published) ?? FirstDate(meta) ?? TimeElementDate(document),
            Language = LanguageCode(ld?.Language) ?? LanguageCode(document.DocumentElement?.GetAttribute("lang"))
                ?? LanguageCode(First(meta, LanguageMeta)),
        };
    }

    /// <summary>meta name / property / itemprop / http-equiv (lower case) to the first non-empty content.</summary>
    private static Dictionary<string, string> CollectMeta(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var content = element.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                var key = element.GetAttribute(attribute);
                if (!string.IsNullOrWhiteSpace(key))
                {
                    meta.TryAdd(key.Trim().ToLowerInvariant(), content);
                }
            }
        }

        return meta;
    }

    private static string? First(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value) && Clean(value) is { } clean)
            {
                return clean;
            }
        }

        return null;
    }

    private static DateOnly? FirstDate(Dictionary<string, string> meta)
    {
        foreach (var key in DateMeta)
        {
            if (meta.TryGetValue(key, out var value) && MetadataDates.Parse(value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static DateOnly? TimeElementDate(IDocument document)
    {
        var time = document.QuerySelector("time[itemprop~=datePublished][datetime], time[pubdate][datetime]")
            ?? document.QuerySelector("article time[datetime], main time[datetime]")
            ?? document.QuerySelector("time[datetime]");
        return MetadataDates.Parse(time?.GetAttribute("datetime"));
    }

    private static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var primary = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? Absolute(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static string CutOutletSuffix(string title, string? outlet)
    {
        if (outlet is null)
        {
            return title;
        }

        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " :: ", " · ", " / "])
        {
            var suffix = separator + outlet;
            if (title.Length > suffix.Length && title.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return title[..^suffix.Length].TrimEnd();
            }
        }

        return title;
    }

    private static string? Decode(string? value) => value is null ? null : WebUtility.HtmlDecode(value);

    /// <summary>One normalised line (spaces, quotes, dashes as in the article text), or null when empty.</summary>
    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var line = TextNormaliser.Normalise(value.Length > 1000 ? value[..1000] : value).Replace('\n', ' ');
        return line.Length == 0 ? null : line;
    }
}
