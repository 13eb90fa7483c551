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
    private const int MaxAttributes = 256;
    private const int ScopeSearch = 32;

    public static string Defuse(string html, ExtractionOptions options, List<string> warnings, CancellationToken ct)
    {
        var scan = new Scan(html, options);
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
            warnings.Add($"{scan.StrippedAttributes} tags had more than {MaxAttributes} attributes; their attributes were dropped.");
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

    private sealed class Scan(string html, ExtractionOptions options)
    {
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
            var (end, attributes, selfClosing) = ReadAttributes(nameEnd);
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

        private (int End, int Attributes, bool SelfClosing) ReadAttributes(int from)
        {
            var j = from;
            var count = 0;
            while (j < html.Length)
            {
                while (j < html.Length && (char.IsWhiteSpace(html[j]) || html[j] == '/'))
                {
                    j++;
                }

                if (j >= html.Length)
                {
                    break;
                }

                if (html[j] == '>')
                {
                    return (j + 1, count, html[j - 1] == '/');
                }

                j = SkipAttribute(j);
                count++;
            }

            return (html.Length, count, false);
        }

        private int SkipAttribute(int j)
        {
            var start = j;
            while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('/' or '>') && (html[j] != '=' || j == start))
            {
                j++;
            }

            while (j < html.Length && char.IsWhiteSpace(html[j]))
            {
                j++;
            }

            if (j >= html.Length || html[j] != '=')
            {
                return j;
            }

            j++;
            while (j < html.Length && char.IsWhiteSpace(html[j]))
            {
                j++;
            }

            if (j < html.Length && html[j] is '"' or '\'')
            {
                var close = html.IndexOf(html[j], j + 1);
                return close < 0 ? html.Length : close + 1;
            }

            while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>')
            {
                j++;
            }

            return j;
        }
    }
}
