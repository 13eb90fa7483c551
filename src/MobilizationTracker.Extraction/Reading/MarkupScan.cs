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

    private readonly List<string> _open = [];
    private readonly Dictionary<string, int> _openCount = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);
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
            var (name, nameEnd) = ReadName(lt + 2);
            var end = html.IndexOf('>', nameEnd);
            end = end < 0 ? html.Length : end + 1;
            Close(name, lt, end);
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
        var (name, nameEnd) = ReadName(lt + 1);
        var (end, attributes, selfClosing) = TagSyntax.ReadAttributes(html, nameEnd);
        if (attributes > MaxAttributes)
        {
            Edits.Add((lt, end - lt, $"<{name}>"));
            StrippedAttributes++;
        }

        if (HtmlVocabulary.IsRawText(name))
        {
            var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
            return close < 0 ? html.Length : close;
        }

        if (name == "plaintext")
        {
            return html.Length;
        }

        if (selfClosing || HtmlVocabulary.IsVoid(name) || name is "html" or "head" or "body")
        {
            return end;
        }

        Open(name, lt, end);
        return end;
    }

    private void Open(string name, int start, int end)
    {
        CloseImplied(name);
        var formatting = HtmlVocabulary.IsFormatting(name);
        if (formatting && _openFormatting >= options.MaxOpenFormattingElements)
        {
            Drop(name, start, end, "");
            DroppedFormatting++;
            return;
        }

        if (_open.Count >= options.MaxNestingDepth)
        {
            Drop(name, start, end, formatting || !HtmlVocabulary.IsBlock(name) ? "" : "<br>");
            DroppedForDepth++;
            return;
        }

        if (formatting)
        {
            _openFormatting++;
        }

        _open.Add(name);
        _openCount[name] = _openCount.GetValueOrDefault(name) + 1;
    }

    private void Drop(string name, int start, int end, string replacement)
    {
        // An earlier edit may cover the same tag (attributes stripped): replace that edit.
        if (Edits.Count > 0 && Edits[^1].Start == start)
        {
            Edits.RemoveAt(Edits.Count - 1);
        }

        Edits.Add((start, end - start, replacement));
        _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
    }

    private void Close(string name, int start, int end)
    {
        if (_dropped.TryGetValue(name, out var dropped) && dropped > 0)
        {
            _dropped[name] = dropped - 1;
            Edits.Add((start, end - start, ""));
            return;
        }

        if (HtmlVocabulary.IsFormatting(name) && _openFormatting > 0)
        {
            _openFormatting--;
        }

        PopTo(name, []);
    }

    private void CloseImplied(string name)
    {
        if (HtmlVocabulary.ClosesParagraph(name))
        {
            PopTo("p", HtmlVocabulary.ParagraphScope);
        }

        switch (name)
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
        if (_openCount.GetValueOrDefault(name) == 0)
        {
            return;
        }

        for (int k = _open.Count - 1, seen = 0; k >= 0 && seen < ScopeSearch; k--, seen++)
        {
            var open = _open[k];
            if (open == name)
            {
                // Formatting elements closed implicitly here stay "active" in the parser (it
                // reopens them), so _openFormatting is only lowered by their own end tags.
                for (var j = k; j < _open.Count; j++)
                {
                    _openCount[_open[j]]--;
                }

                _open.RemoveRange(k, _open.Count - k);
                return;
            }

            if (scope.Contains(open))
            {
                return;
            }
        }
    }

    private (string Name, int End) ReadName(int from)
    {
        var j = from;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] is '-' or ':' or '_'))
        {
            j++;
        }

        // One lower-case string per distinct tag name, not one per tag.
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = html.AsSpan(from, j - from);
        if (!lookup.TryGetValue(span, out var name))
        {
            name = span.ToString().ToLowerInvariant();
            lookup[span] = name;
        }

        return (name, j);
    }
}
