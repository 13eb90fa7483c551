using System.Text;

namespace MobilizationTracker.Extraction.Cleaning;

/// <summary>
/// Cuts plain-text page boilerplate line by line: chrome and labels are dropped, captions printed
/// twice are dropped, a box of lines with a donation appeal goes as a whole, and once the body has
/// started, a feed marker or author blurb ends the article (what follows is a related-news feed).
/// </summary>
public static class BoilerplateCleaner
{
    private const int BodyStartedChars = 200;

    /// <summary>
    /// The longest box dropped whole for a donation phrase: appeals are a few short lines, and a longer run of
    /// lines without a blank line is the article itself (a page copied with single line breaks).
    /// </summary>
    private const int MaxBoxChars = 1000;

    public static CleanedArticle Clean(string text, string? title, CancellationToken ct = default)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(LineNormaliser.NormaliseLine)
            .ToList();
        var titleKey = title is null ? null : Key(LineNormaliser.NormaliseLine(title));
        var dropped = DonationBlocks(lines);
        var kept = new List<string>();
        int? headline = null;
        var bodyChars = 0;
        var warnings = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var line = lines[i];
            if (line.Length == 0 || dropped.Contains(i) || IsRepeated(lines, i))
            {
                continue;
            }

            var kind = LineClassifier.Classify(line);
            if (kind is LineKind.FeedMarker && bodyChars >= BodyStartedChars)
            {
                warnings.Add("Text after a feed marker or author blurb was treated as a related-news feed and skipped.");
                break;
            }

            // What is kept depends on the file alone, never on the title given with it (the same file under
            // another title must clean, and hash, the same); the title only marks a body line as the headline.
            var isHeadline = headline is null && bodyChars == 0
                && (kind is LineKind.ShortLabel && LineClassifier.WordCount(line) >= 4 || kind is LineKind.Body && Key(line) == titleKey);
            if (isHeadline)
            {
                headline = kept.Count;
                kept.Add(line);
                continue;
            }

            if (kind is LineKind.Body)
            {
                kept.Add(line);
                bodyChars += line.Length;
            }
        }

        return Join(kept, headline, warnings);
    }

    private static CleanedArticle Join(List<string> kept, int? headline, List<string> warnings)
    {
        var sb = new StringBuilder();
        var spans = new List<TextSpan>(kept.Count);
        foreach (var paragraph in kept)
        {
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            spans.Add(new TextSpan(sb.Length, paragraph.Length));
            sb.Append(paragraph);
        }

        return new CleanedArticle { Text = sb.ToString(), Paragraphs = spans, Headline = headline, Warnings = warnings };
    }

    /// <summary>A line equal to the previous or next non-empty line: a photo caption printed twice.</summary>
    private static bool IsRepeated(List<string> lines, int i)
    {
        var key = Key(lines[i]);
        return Neighbour(lines, i, -1) is { } prev && Key(prev) == key
            || Neighbour(lines, i, +1) is { } next && Key(next) == key;
    }

    private static string? Neighbour(List<string> lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Count; j += step)
        {
            if (lines[j].Length > 0)
            {
                return lines[j];
            }
        }

        return null;
    }

    /// <summary>
    /// Indexes of lines in a box (consecutive lines, no blank line between) of 3+ lines and at most
    /// <see cref="MaxBoxChars"/> characters with a donation phrase.
    /// </summary>
    private static HashSet<int> DonationBlocks(List<string> lines)
    {
        var dropped = new HashSet<int>();
        var start = 0;
        while (start < lines.Count)
        {
            if (lines[start].Length == 0)
            {
                start++;
                continue;
            }

            var end = start;
            while (end < lines.Count && lines[end].Length > 0)
            {
                end++;
            }

            if (end - start >= 3 && lines.Skip(start).Take(end - start).Sum(l => l.Length) <= MaxBoxChars && Enumerable.Range(start, end - start).Any(i => LineClassifier.IsDonationOrFooter(lines[i])))
            {
                dropped.UnionWith(Enumerable.Range(start, end - start));
            }

            start = end;
        }

        return dropped;
    }

    private static string Key(string line)
    {
        Span<char> buffer = line.Length <= 512 ? stackalloc char[line.Length] : new char[line.Length];
        var length = 0;
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }
}
