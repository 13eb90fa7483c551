using AngleSharp.Dom;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Text-density scoring for pages whose body is not marked up: every paragraph-like element
/// (p, pre, blockquote, and div/section/td/li holding text but no blocks) with 25+ characters
/// scores 1 + its commas + one point per 100 characters (at most 3), discounted by its link
/// density; its parent gains the score and its grandparent half of it. The parent with the best
/// score (discounted by its own link density) wins, and its siblings join it when they score at
/// least a fifth of the winner (10 at least) or are plain paragraphs of 80+ characters.
/// </summary>
internal static class DensityScorer
{
    private const int MinParagraphChars = 25;

    public static IReadOnlyList<IElement>? Best(IElement body, TextStats stats, CancellationToken ct)
    {
        var scores = Score(body, stats, ct);
        IElement? top = null;
        double topScore = 0;
        foreach (var (element, score) in scores)
        {
            var final = score * (1 - stats[element].LinkDensity);
            if (final > topScore)
            {
                (top, topScore) = (element, final);
            }
        }

        if (top is null)
        {
            return null;
        }

        if (top.ParentElement is not { } parent || top == body)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * 0.2);
        var roots = new List<IElement>();
        // ChildNodes by index: AngleSharp's sibling properties search the parent's list each time.
        foreach (var node in parent.ChildNodes)
        {
            if (node is not IElement sibling)
            {
                continue;
            }

            var entry = stats[sibling];
            var siblingScore = scores.GetValueOrDefault(sibling) * (1 - entry.LinkDensity);
            if (sibling == top || siblingScore >= threshold
                || (sibling.LocalName == "p" && entry.Chars >= 80 && entry.LinkDensity < 0.25))
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    private static Dictionary<IElement, double> Score(IElement body, TextStats stats, CancellationToken ct)
    {
        var scores = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        var seen = 0;
        foreach (var element in body.QuerySelectorAll("p, pre, blockquote, div, section, td, li"))
        {
            if ((++seen & 0xFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var entry = stats[element];
            var paragraphLike = element.LocalName is "p" or "pre" or "blockquote" || !entry.HasBlockChild;
            if (!paragraphLike || entry.Chars < MinParagraphChars)
            {
                continue;
            }

            var score = (1 + entry.Commas + Math.Min(entry.Chars / 100, 3)) * (1 - entry.LinkDensity);
            if (element.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grandparent && parent != body)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (score / 2);
                }
            }
        }

        return scores;
    }
}
