namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// The markup guard's single pass: a rough model of the open elements (with the common implied
/// end tags of p, li, dd/dt, tr, td/th, option, a), the open formatting elements and each tag's
/// attribute count, recording the tags to drop or rewrite as edits.
/// </summary>
internal sealed class MarkupScan(string html, ExtractionOptions options)
{
    public const int MaxAttributes = 256;
    private const int ScopeSearch = 32;

    private readonly List<Tag> _open = [];
    private readonly Dictionary<string, Tag> _tags = new(StringComparer.OrdinalIgnoreCase);
    private int _openFormatting;

    public List<(int Start, int Length, string Replacement)> Edits { get; } = [];
    public int DroppedForDepth { get; private set; }
    public int DroppedFormatting { get; private set; }
    public int StrippedAttributes { get; private set; }

    public void Run(CancellationToken ct)
    {
        var i = 0;
        var tags = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return;
            }

            if ((++tags & 0x3FF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            i = Step(lt);
        }
    }

    /// <summary>Handles the markup starting at '&lt;' and returns where scanning continues.</summary>
    private int Step(int lt)
    {
        var next = html[lt + 1];
        if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        if (next is '!' or '?' || (next == '/' && (lt + 2 >= html.Length || !char.IsAsciiLetter(html[lt + 2]))))
        {
            var end = html.IndexOf('>', lt + 1);
            return end < 0 ? html.Length : end + 1;
        }

        if (next == '/')
        {
            var (tag, nameEnd) = ReadName(lt + 2);
            var end = html.IndexOf('>', nameEnd);
            end = end < 0 ? html.Length : end + 1;
            Close(tag, lt, end);
            return end;
        }

        if (!char.IsAsciiLetter(next))
        {
            return lt + 1;
        }

        return OpenTag(lt);
    }

    private int OpenTag(int lt)
    {
        var (tag, nameEnd) = ReadName(lt + 1);
        var (end, attributes, selfClosing) = TagSyntax.ReadAttributes(html, nameEnd);
        if (attributes > MaxAttributes)
        {
            Edits.Add((lt, end - lt, $"<{tag.Name}>"));
            StrippedAttributes++;
        }

        if (tag.RawText)
        {
            var close = html.IndexOf(tag.EndTag, end, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : close;
        }

        if (tag.Name == "plaintext")
        {
            return html.Length;
        }

        if (selfClosing || tag.Void || tag.Name is "html" or "head" or "body")
        {
            return end;
        }

        Open(tag, lt, end);
        return end;
    }

    private void Open(Tag tag, int start, int end)
    {
        CloseImplied(tag);
        if (tag.Formatting && _openFormatting >= options.MaxOpenFormattingElements)
        {
            Drop(tag, start, end, "");
            DroppedFormatting++;
            return;
        }

        if (_open.Count >= options.MaxNestingDepth)
        {
            Drop(tag, start, end, tag.Formatting || !tag.Block ? "" : "<br>");
            DroppedForDepth++;
            return;
        }

        if (tag.Formatting)
        {
            _openFormatting++;
        }

        _open.Add(tag);
        tag.Open++;
    }

    private void Drop(Tag tag, int start, int end, string replacement)
    {
        // An earlier edit may cover the same tag (attributes stripped): replace that edit.
        if (Edits.Count > 0 && Edits[^1].Start == start)
        {
            Edits.RemoveAt(Edits.Count - 1);
        }

        Edits.Add((start, end - start, replacement));
        tag.Dropped++;
    }

    private void Close(Tag tag, int start, int end)
    {
        if (tag.Dropped > 0)
        {
            tag.Dropped--;
            Edits.Add((start, end - start, ""));
            return;
        }

        if (tag.Formatting && _openFormatting > 0)
        {
            _openFormatting--;
        }

        PopTo(tag, []);
    }

    private void CloseImplied(Tag tag)
    {
        if (tag.ClosesParagraph)
        {
            PopTo("p", HtmlVocabulary.ParagraphScope);
        }

        switch (tag.Name)
        {
            case "li":
                PopTo("li", HtmlVocabulary.ListScope);
                break;
            case "dd" or "dt":
                PopTo("dd", HtmlVocabulary.DefinitionScope);
                PopTo("dt", HtmlVocabulary.DefinitionScope);
                break;
            case "tr":
                PopTo("tr", HtmlVocabulary.TableScope);
                break;
            case "td" or "th":
                PopTo("td", HtmlVocabulary.RowScope);
                PopTo("th", HtmlVocabulary.RowScope);
                break;
            case "option":
                PopTo("option", HtmlVocabulary.SelectScope);
                break;
            case "a":
                PopTo("a", HtmlVocabulary.ParagraphScope);
                break;
        }
    }

    /// <summary>Pops the nearest open <paramref name="name"/> (searching a bounded way down) and everything above it.</summary>
    private void PopTo(string name, ReadOnlySpan<string> scope)
    {
        if (_tags.GetValueOrDefault(name) is { Open: > 0 } tag)
        {
            PopTo(tag, scope);
        }
    }

    private void PopTo(Tag tag, ReadOnlySpan<string> scope)
    {
        if (tag.Open == 0)
        {
            return;
        }

        for (int k = _open.Count - 1, seen = 0; k >= 0 && seen < ScopeSearch; k--, seen++)
        {
            var open = _open[k];
            if (open == tag)
            {
                // Formatting elements closed implicitly here stay "active" in the parser (it
                // reopens them), so _openFormatting is only lowered by their own end tags.
                for (var j = k; j < _open.Count; j++)
                {
                    _open[j].Open--;
                }

                _open.RemoveRange(k, _open.Count - k);
                return;
            }

            if (scope.Contains(open.Name))
            {
                return;
            }
        }
    }

    private (Tag Tag, int End) ReadName(int from)
    {
        var j = from;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':' or '_'))
        {
            j++;
        }

        // One entry per distinct tag name, not one per tag: its lower-case name, what kind of element it is, and this
        // scan's counts for it.
        var lookup = _tags.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = html.AsSpan(from, j - from);
        if (!lookup.TryGetValue(span, out var tag))
        {
            tag = new Tag(span.ToString().ToLowerInvariant());
            lookup[span] = tag;
        }

        return (tag, j);
    }

    /// <summary>A tag name as the scan knows it: the vocabulary's answers, looked up once, and its open and dropped counts.</summary>
    private sealed class Tag(string name)
    {
        public string Name { get; } = name;
        public string EndTag { get; } = "</" + name;
        public bool RawText { get; } = HtmlVocabulary.IsRawText(name);
        public bool Void { get; } = HtmlVocabulary.IsVoid(name);
        public bool Formatting { get; } = HtmlVocabulary.IsFormatting(name);
        public bool Block { get; } = HtmlVocabulary.IsBlock(name);
        public bool ClosesParagraph { get; } = HtmlVocabulary.ClosesParagraph(name);

        /// <summary>Elements of this name on the open stack.</summary>
        public int Open { get; set; }

        /// <summary>Start tags of this name dropped whose end tags are still to come (and to be dropped too).</summary>
        public int Dropped { get; set; }
    }
}
