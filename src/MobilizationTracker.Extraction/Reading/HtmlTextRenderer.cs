using System.Text;
using AngleSharp.Dom;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Elements to text, iteratively (no recursion, whatever the depth): block elements (p, div,
/// headings, li, blockquote, tr ...) become paragraphs separated by a blank line, &lt;br&gt; a line
/// break, table cells are separated by a space, HTML whitespace collapses (except in &lt;pre&gt;),
/// and entities are already decoded by the parser. The result still goes through <see cref="TextNormaliser"/>.
/// </summary>
internal sealed class HtmlTextRenderer
{
    private readonly StringBuilder _text = new();
    private int _pendingBreaks;
    private bool _pendingSpace;
    private int _preDepth;

    public static string Render(string? headline, IReadOnlyList<IElement> roots, CancellationToken ct)
    {
        var renderer = new HtmlTextRenderer();
        if (headline is not null && !roots.Any(r => r.TextContent.Contains(headline, StringComparison.Ordinal)))
        {
            renderer.AppendText(headline);
            renderer.Break(2);
        }

        foreach (var root in roots)
        {
            renderer.Walk(root, ct);
            renderer.Break(2);
        }

        return renderer._text.ToString();
    }

    private void Walk(IElement root, CancellationToken ct)
    {
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((root, false));
        var steps = 0;
        while (pending.Count > 0)
        {
            if ((++steps & 0x3FF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var (node, leaving) = pending.Pop();
            if (node is IText text)
            {
                AppendText(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (leaving)
            {
                Leave(element.LocalName);
                continue;
            }

            Enter(element.LocalName);
            pending.Push((element, true));
            // ChildNodes by index: AngleSharp's sibling properties search the parent's list each time.
            var children = element.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
            {
                pending.Push((children[k], false));
            }
        }
    }

    private void Enter(string name)
    {
        switch (name)
        {
            case "br":
                Break(Math.Min(2, _pendingBreaks + 1));
                break;
            case "td" or "th":
                _pendingSpace = true;
                break;
            case "pre":
                _preDepth++;
                Break(2);
                break;
            default:
                if (HtmlVocabulary.IsBlock(name))
                {
                    Break(2);
                }

                break;
        }
    }

    private void Leave(string name)
    {
        if (name == "pre")
        {
            _preDepth--;
        }

        if (HtmlVocabulary.IsBlock(name) && name is not ("td" or "th"))
        {
            Break(2);
        }
        else if (name is "td" or "th")
        {
            _pendingSpace = true;
        }
    }

    private void Break(int breaks)
    {
        _pendingBreaks = Math.Max(_pendingBreaks, breaks);
        _pendingSpace = false;
    }

    private void AppendText(string data)
    {
        foreach (var c in data)
        {
            if (_preDepth > 0 && c == '\n')
            {
                Break(Math.Min(2, _pendingBreaks + 1));
                continue;
            }

            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = true;
                continue;
            }

            if (_text.Length > 0)
            {
                if (_pendingBreaks > 0)
                {
                    _text.Append(_pendingBreaks > 1 ? "\n\n" : "\n");
                }
                else if (_pendingSpace)
                {
                    _text.Append(' ');
                }
            }

            _pendingBreaks = 0;
            _pendingSpace = false;
            _text.Append(c);
        }
    }
}
