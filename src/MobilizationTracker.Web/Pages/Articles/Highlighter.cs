namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>
/// Splits an article's cleaned text into plain and highlighted pieces from the claims' evidence
/// offsets. The view writes each piece as encoded text inside or outside a &lt;mark&gt;: the
/// article's text never becomes markup. Offsets out of range, negative or overlapping an earlier
/// highlight are skipped.
/// </summary>
public static class Highlighter
{
    public sealed record Segment(string Text, int? ClaimId);

    public static IReadOnlyList<Segment> Split(string text, IEnumerable<(int Start, int Length, int ClaimId)> spans)
    {
        var segments = new List<Segment>();
        var position = 0;
        foreach (var (start, length, claimId) in spans.Where(s => s.Start >= 0 && s.Length > 0).OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (start < position || start + length > text.Length)
            {
                continue;
            }

            if (start > position)
            {
                segments.Add(new Segment(text[position..start], null));
            }

            segments.Add(new Segment(text.Substring(start, length), claimId));
            position = start + length;
        }

        if (position < text.Length)
        {
            segments.Add(new Segment(text[position..], null));
        }

        return segments;
    }
}
