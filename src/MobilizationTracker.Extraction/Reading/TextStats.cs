using AngleSharp.Dom;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Per element: characters of text (whitespace not counted), of which inside links, commas, and
/// whether a block element is a direct child. Computed bottom-up in one iterative pass, so a
/// deeply nested page costs no recursion and no repeated subtree walks.
/// </summary>
internal sealed class TextStats
{
    private readonly Dictionary<IElement, Entry> _entries;

    private TextStats(Dictionary<IElement, Entry> entries) => _entries = entries;

    public readonly record struct Entry(int Chars, int LinkChars, int Commas, bool HasBlockChild)
    {
        public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
    }

    public Entry this[IElement element] => _entries.GetValueOrDefault(element);

    /// <summary>Takes an element's text out of its ancestors' counts, before the element is removed.</summary>
    public void Detach(IElement element)
    {
        var removed = this[element];
        for (var a = element.ParentElement; a is not null; a = a.ParentElement)
        {
            if (_entries.TryGetValue(a, out var entry))
            {
                _entries[a] = entry with
                {
                    Chars = entry.Chars - removed.Chars,
                    LinkChars = entry.LinkChars - Math.Min(entry.LinkChars, removed.LinkChars),
                    Commas = entry.Commas - removed.Commas,
                };
            }
        }
    }

    public static TextStats Compute(IElement root, CancellationToken ct)
    {
        var entries = new Dictionary<IElement, Entry>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(IElement Element, bool ChildrenDone)>();
        pending.Push((root, false));
        var steps = 0;
        while (pending.Count > 0)
        {
            if ((++steps & 0x3FF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var (element, childrenDone) = pending.Pop();
            if (!childrenDone)
            {
                pending.Push((element, true));
                // ChildNodes by index: AngleSharp's sibling properties search the parent's list each time.
                var children = element.ChildNodes;
                for (var k = children.Length - 1; k >= 0; k--)
                {
                    if (children[k] is IElement child)
                    {
                        pending.Push((child, false));
                    }
                }

                continue;
            }

            entries[element] = Aggregate(element, entries);
        }

        return new TextStats(entries);
    }

    private static Entry Aggregate(IElement element, Dictionary<IElement, Entry> entries)
    {
        int chars = 0, linkChars = 0, commas = 0;
        var hasBlockChild = false;
        var children = element.ChildNodes;
        for (var k = 0; k < children.Length; k++)
        {
            var node = children[k];
            if (node is IText text)
            {
                foreach (var c in text.Data)
                {
                    chars += char.IsWhiteSpace(c) ? 0 : 1;
                    commas += c == ',' ? 1 : 0;
                }
            }
            else if (node is IElement child && entries.TryGetValue(child, out var entry))
            {
                chars += entry.Chars;
                linkChars += entry.LinkChars;
                commas += entry.Commas;
                hasBlockChild |= HtmlVocabulary.IsBlock(child.LocalName);
            }
        }

        return new Entry(chars, element.LocalName == "a" ? chars : linkChars, commas, hasBlockChild);
    }
}
