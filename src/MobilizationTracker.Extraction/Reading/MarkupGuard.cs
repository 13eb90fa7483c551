using System.Text;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Defuses markup that would make the HTML parser slow before it is parsed. AngleSharp's tree
/// building costs time per tag in proportion to the depth of open elements (20,000 nested divs take
/// seconds) and to the number of open formatting elements (a few dozen KB of unclosed
/// &lt;b&gt;&lt;i&gt;&lt;u&gt;...), and a tag with thousands of attributes is quadratic too. One linear
/// pass over the source keeps a rough model of the open elements (with the common implied end
/// tags) and drops the tags that would go past <see cref="ExtractionOptions.MaxNestingDepth"/> or
/// <see cref="ExtractionOptions.MaxOpenFormattingElements"/>, together with their end tags (a block
/// tag becomes a &lt;br&gt;, so paragraphs stay apart). Text is never dropped. Ordinary pages come
/// back unchanged, as the same string.
/// </summary>
internal static class MarkupGuard
{
    public static string Defuse(string html, ExtractionOptions options, List<string> warnings, CancellationToken ct)
    {
        var scan = new MarkupScan(html, options);
        scan.Run(ct);
        if (scan.Edits.Count == 0)
        {
            return html;
        }

        if (scan.DroppedForDepth > 0)
        {
            warnings.Add($"The markup nests deeper than {options.MaxNestingDepth} elements; {scan.DroppedForDepth} deeper tags were flattened.");
        }

        if (scan.DroppedFormatting > 0)
        {
            warnings.Add($"The markup leaves more than {options.MaxOpenFormattingElements} formatting tags (b, i, u, font ...) open; {scan.DroppedFormatting} more were ignored.");
        }

        if (scan.StrippedAttributes > 0)
        {
            warnings.Add($"{scan.StrippedAttributes} tags had more than {MarkupScan.MaxAttributes} attributes; their attributes were dropped.");
        }

        return Apply(html, scan.Edits);
    }

    private static string Apply(string html, List<(int Start, int Length, string Replacement)> edits)
    {
        var sb = new StringBuilder(html.Length);
        var at = 0;
        foreach (var (start, length, replacement) in edits)
        {
            sb.Append(html, at, start - at).Append(replacement);
            at = start + length;
        }

        return sb.Append(html, at, html.Length - at).ToString();
    }
}
