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
        var headline = FindHeadline(body);
        RemoveWhere(body, BoilerplateHints.IsChromeByTag, ct, null);

        var stats = TextStats.Compute(body, ct);
        var (marked, byItemProp) = FindMarked(body, stats);
        var guarded = Guarded(body, marked, stats);
        RemoveWhere(body, e => !guarded.Contains(e) && (BoilerplateHints.IsChromeByName(e) || IsSiteHeader(e, marked)), ct, stats);

        var roots = ChooseRoots(body, marked, byItemProp, stats, ct);
        if (roots.Count == 1 && roots[0] == body)
        {
            warnings.Add("No article body could be told apart from the rest of the page; all of its text was kept.");
        }

        RemoveLinkLists(roots, stats, ct);
        return new Found(roots, headline);
    }

    /// <summary>
    /// The marked body, unless it is too short, or it is an &lt;article&gt;/&lt;main&gt; that the
    /// densest block lies outside of and outweighs (the &lt;article&gt; was a related-news card).
    /// </summary>
    private static IReadOnlyList<IElement> ChooseRoots(IElement body, List<IElement> marked, bool byItemProp, TextStats stats, CancellationToken ct)
    {
        var markedChars = marked.Sum(m => stats[m].Chars);
        if (marked.Count > 0 && markedChars >= MinBodyChars && byItemProp)
        {
            return marked;
        }

        var dense = DensityScorer.Best(body, stats, ct);
        if (marked.Count == 0 || markedChars < MinBodyChars)
        {
            return dense ?? [body];
        }

        if (dense is null || dense.Any(d => marked.Any(m => m.Contains(d) || d.Contains(m))))
        {
            return marked;
        }

        return dense.Sum(d => stats[d].Chars) > 2 * markedChars ? dense : marked;
    }

    /// <summary>The first &lt;h1&gt; of 15+ characters that is not in navigation, a link (a logo) or a site header.</summary>
    private static string? FindHeadline(IElement body)
    {
        foreach (var h1 in body.QuerySelectorAll("h1"))
        {
            var text = h1.TextContent.Trim();
            if (text.Length >= 15 && h1.Closest("nav, a") is null && !BoilerplateHints.IsChromeByName(h1)
                && (h1.Closest("header") is not { } header || (header.QuerySelector("nav") is null && !BoilerplateHints.IsChromeByName(header))))
            {
                return text;
            }
        }

        return null;
    }

    private static (List<IElement> Marked, bool ByItemProp) FindMarked(IElement body, TextStats stats)
    {
        var bodies = body.QuerySelectorAll("[itemprop~=articleBody]")
            .Where(e => !e.Ancestors<IElement>().Any(a => a.GetAttribute("itemprop")?.Contains("articleBody", StringComparison.Ordinal) == true))
            .ToList();
        if (bodies.Count > 0)
        {
            return (bodies, true);
        }

        var article = body.QuerySelectorAll("article").MaxBy(e => stats[e].Chars - stats[e].LinkChars);
        if (article is not null && stats[article].Chars >= MinBodyChars)
        {
            return ([article], false);
        }

        var main = body.QuerySelectorAll("main, [role=main]").MaxBy(e => stats[e].Chars - stats[e].LinkChars);
        return (main is not null && stats[main].Chars >= MinBodyChars ? [main] : [], false);
    }

    /// <summary>
    /// Elements the class/id hints must not remove: the page root, the marked body and its
    /// ancestors, and inside the marked body (or the page, when nothing is marked) every wrapper
    /// holding most of its text, whatever its class says ("post tag-russia", "paywall"), unless
    /// it is named as a comment section.
    /// </summary>
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

        foreach (var scope in marked.Count > 0 ? marked : [body])
        {
            var total = stats[scope].Chars;
            foreach (var e in scope.QuerySelectorAll("*"))
            {
                if (stats[e].Chars * 2 >= total && !BoilerplateHints.IsCommentSection(e))
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
