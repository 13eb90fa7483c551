using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Html or Text when the caller said Auto: a document that starts like HTML (doctype, &lt;html&gt;,
/// &lt;head&gt;, &lt;body&gt;, an XHTML prolog) is HTML whatever its name; then the file name decides
/// (.html/.htm/.xhtml/.shtml/.php/.aspx vs .txt/.text/.md); then the content: a handful of common
/// HTML tags in the first 64 KB make it HTML.
/// </summary>
internal static partial class FormatSniffer
{
    private const int SampleChars = 64 * 1024;
    private const int TagsForHtml = 5;

    public static ContentFormat Sniff(ContentFormat requested, string? fileName, string text)
    {
        if (requested != ContentFormat.Auto)
        {
            return requested;
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, SampleChars));
        if (StartsLikeHtml(sample))
        {
            return ContentFormat.Html;
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml" or ".shtml" or ".php" or ".asp" or ".aspx" or ".jsp":
                return ContentFormat.Html;
            case ".txt" or ".text" or ".md":
                return ContentFormat.Text;
        }

        var tags = 0;
        foreach (var _ in CommonTag().EnumerateMatches(sample))
        {
            if (++tags >= TagsForHtml)
            {
                break;
            }
        }

        return tags >= TagsForHtml ? ContentFormat.Html : ContentFormat.Text;
    }

    private static bool StartsLikeHtml(ReadOnlySpan<char> sample)
    {
        var rest = sample.TrimStart();
        while (rest.StartsWith("<!--", StringComparison.Ordinal) || rest.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            var end = rest.StartsWith("<!--", StringComparison.Ordinal) ? rest.IndexOf("-->", StringComparison.Ordinal) + 3 : rest.IndexOf('>') + 1;
            if (end <= 0)
            {
                return false;
            }

            rest = rest[end..].TrimStart();
        }

        return rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || HtmlOpening().IsMatch(rest);
    }

    [GeneratedRegex(@"^<(?:html|head|body)[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlOpening();

    [GeneratedRegex(@"</?(?:p|div|span|a|br|h[1-6]|article|section|main|ul|ol|li|table|tr|td|meta|link|script|style|title|img|em|strong|b|i|blockquote|header|footer|nav)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommonTag();
}
