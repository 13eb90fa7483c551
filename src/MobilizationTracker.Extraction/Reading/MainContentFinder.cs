using AngleSharp.Dom;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Finds the article body in a parsed page and strips the chrome around and inside it:
/// <list type="number">
/// <item>chrome by tag and attribute goes (scripts, nav, aside, footer, figures, hidden elements);</item>
/// <item>the structural body is the marked one: [itemprop=articleBody], else the &lt;article&gt;
/// with most text, else &lt;main&gt; / [role=main];</item>
/// <item>chrome by class/id words goes, except the body and its ancestors (or, with no marked body,
/// wrappers holding most of the page's text), and site headers outside the body;</item>
/// <item>without a marked body with enough text, the densest block wins: paragraphs score by
/// length and commas, their parent and grandparent collect the score, discounted by link density;
/// siblings of the winner that score well, or are plain paragraphs, join it;</item>
/// <item>inside the body, link lists (related articles, "read more") go.</item>
/// </list>
/// </summary>
internal static class MainContentFinder
{
    private const int MinBodyChars = 80;

    public sealed record Found(IReadOnlyList<IElement> Roots, string? Headline);

    public static Found Find(IElement body, List<string> warnings, CancellationToken ct)
    {
        var headline = body.QuerySelectorAll("h1").Select(h => h.TextContent.Trim()).FirstOrDefault(t => t.Length >= 15);
        RemoveWhere(body, BoilerplateHints.IsChromeByTag, ct, null);

        var stats = TextStats.Compute(body, ct);
        var marked = FindMarked(body, stats);
        var guarded = Guarded(body, marked, stats);
        RemoveWhere(body, e => !guarded.Contains(e) && (BoilerplateHints.IsChromeByName(e) || IsSiteHeader(e, marked)), ct, stats);

        IReadOnlyList<IElement> roots;
        if (marked.Count > 0 && marked.Sum(m => stats[m].Chars) >= MinBodyChars)
        {
            roots = marked;
        }
        else
        {
            roots = DensityScorer.Best(body, stats, ct) ?? [body];
            if (roots.Count == 1 && roots[0] == body)
            {
                warnings.Add("No article body could be told apart from the rest of the page; all of its text was kept.");
            }
        }

        RemoveLinkLists(roots, stats, ct);
        return new Found(roots, headline);
    }

    private static List<IElement> FindMarked(IElement body, TextStats stats)
    {
        var bodies = body.QuerySelectorAll("[itemprop~=articleBody]")
            .Where(e => !e.Ancestors<IElement>().Any(a => a.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.Ordinal) == true))
            .ToList();
        if (bodies.Count > 0)
        {
            return bodies;
        }

        var article = body.QuerySelectorAll("article").MaxBy(e => stats[e].Chars - stats[e].LinkChars);
        if (article is not null && stats[article].Chars >= MinBodyChars)
        {
            return [article];
        }

        var main = body.QuerySelectorAll("main, [role=main]").MaxBy(e => stats[e].Chars - stats[e].LinkChars);
        return main is not null && stats[main].Chars >= MinBodyChars ? [main] : [];
    }

    /// <summary>Elements the class/id hints must not remove: the marked body, its ancestors, the page root.</summary>
    private static HashSet<IElement> Guarded(IElement body, List<IElement> marked, TextStats stats)
    {
        var guarded = new HashSet<IElement>(ReferenceEqualityComparer.Instance) { body };
        foreach (var m in marked)
        {
            guarded.Add(m);
            foreach (var a in m.Ancestors<IElement>())
            {
                guarded.Add(a);
            }
        }

        if (marked.Count == 0)
        {
            var total = stats[body].Chars;
            foreach (var e in body.QuerySelectorAll("*"))
            {
                if (stats[e].Chars * 10 >= total * 6)
                {
                    guarded.Add(e);
                }
            }
        }

        return guarded;
    }

    private static bool IsSiteHeader(IElement element, List<IElement> marked) =>
        element.LocalName == "header"
        && !marked.Any(m => m.Contains(element))
        && element.Closest("article, main") is null;

    private static void RemoveLinkLists(IReadOnlyList<IElement> roots, TextStats stats, CancellationToken ct)
    {
        foreach (var root in roots)
        {
            RemoveWhere(root, e =>
            {
                var entry = stats[e];
                return e.LocalName switch
                {
                    "ul" or "ol" or "div" or "section" or "table" or "dl" => entry.Chars > 0 && entry.LinkDensity > 0.5,
                    "p" or "li" => entry.Chars > 0 && entry.LinkDensity > 0.8,
                    _ => false,
                };
            }, ct, null);
        }
    }

    /// <summary>
    /// Removes every descendant matching the predicate; the descendants of a removed element are not
    /// looked at. With <paramref name="stats"/>, the removed text is taken out of the ancestors' counts.
    /// </summary>
    private static void RemoveWhere(IElement root, Func<IElement, bool> predicate, CancellationToken ct, TextStats? stats)
    {
        var doomed = new List<IElement>();
        var pending = new Stack<IElement>();
        pending.Push(root);
        var steps = 0;
        while (pending.Count > 0)
        {
            if ((++steps & 0xFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var element = pending.Pop();
            if (element != root && element.LocalName is not ("html" or "body") && predicate(element))
            {
                doomed.Add(element);
                continue;
            }

            // ChildNodes by index: AngleSharp's sibling properties search the parent's list each time.
            var children = element.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                if (children[k] is IElement child)
                {
                    pending.Push(child);
                }
            }
        }

        foreach (var element in doomed)
        {
            stats?.Detach(element);
            element.Remove();
        }
    }
}
