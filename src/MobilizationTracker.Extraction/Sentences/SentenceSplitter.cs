using System.Collections.Frozen;
using MobilizationTracker.Extraction.Cleaning;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Sentences;

/// <summary>
/// Splits paragraphs into sentences at . ! ? followed by space and a capital, digit or quote; not after
/// the language's abbreviations (Jan., Gen., Dr., St., No.; «г.», «ст.», «ген.»), dotted abbreviations (U.S.,
/// «т.е.»), initials («В. Путин») or inside a quotation (a sentence ending inside closing quotes ends after them;
/// «» are straight quotes by then). Sentences never cross paragraphs.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Longer runs without a sentence end (lists, broken markup) are cut at a space, so every rule sees bounded text.</summary>
    public const int MaxSentenceLength = 1500;

    public static IReadOnlyList<Sentence> Split(CleanedArticle article) => Split(article, LanguageLexicon.English);

    /// <summary>The article's sentences; abbreviations are the language's <c>sentences-abbreviations.txt</c>.</summary>
    public static IReadOnlyList<Sentence> Split(CleanedArticle article, LanguageLexicon lexicon, CancellationToken ct = default)
    {
        var sentences = new List<Sentence>();
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            ct.ThrowIfCancellationRequested();
            var span = article.Paragraphs[p];
            var paragraph = article.Text.Substring(span.Start, span.Length);
            foreach (var (start, length) in SplitParagraph(paragraph, lexicon, ct))
            {
                sentences.Add(new Sentence(sentences.Count, span.Start + start, paragraph.Substring(start, length), p, p == article.Headline));
            }
        }

        return sentences;
    }

    /// <summary>Sentence ranges within one paragraph, trimmed.</summary>
    public static IReadOnlyList<(int Start, int Length)> SplitParagraph(string paragraph) => SplitParagraph(paragraph, LanguageLexicon.English);

    /// <summary>Sentence ranges within one paragraph, trimmed.</summary>
    public static IReadOnlyList<(int Start, int Length)> SplitParagraph(string paragraph, LanguageLexicon lexicon, CancellationToken ct = default)
    {
        var abbreviations = lexicon.Set("sentences-abbreviations");
        var ranges = new List<(int, int)>();
        var useQuotes = paragraph.Count(c => c == '"') % 2 == 0;
        var inQuote = false;
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested(); // a one-line text is one paragraph
            }

            var c = paragraph[i];
            if (c == '"' && useQuotes)
            {
                inQuote = !inQuote;
                if (!inQuote && i > 0 && paragraph[i - 1] is '.' or '!' or '?' && IsBoundary(paragraph, i - 1, i + 1, abbreviations))
                {
                    Add(ranges, paragraph, start, i + 1); // the sentence ended inside the closing quote
                    start = i + 1;
                }

                continue;
            }

            if (c is not ('.' or '!' or '?') || inQuote)
            {
                continue;
            }

            var end = i + 1;
            while (end < paragraph.Length && paragraph[end] is '.' or '!' or '?' or ')' or ']' or '\'')
            {
                end++;
            }

            if (IsBoundary(paragraph, i, end, abbreviations))
            {
                Add(ranges, paragraph, start, end);
                start = end;
            }
        }

        Add(ranges, paragraph, start, paragraph.Length);
        return ranges;
    }

    private static bool IsBoundary(string text, int mark, int end, FrozenSet<string> abbreviations)
    {
        if (end >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next >= text.Length || !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\'' or '(' or '['))
        {
            return false;
        }

        return text[mark] != '.' || !IsAbbreviation(text, mark, abbreviations);
    }

    private static bool IsAbbreviation(string text, int dot, FrozenSet<string> abbreviations)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        return word.Contains('.', StringComparison.Ordinal) && word.Length <= 5 // "U.S", "U.K", "e.g"
            || abbreviations.Contains(word);
    }

    private static void Add(List<(int, int)> ranges, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOf(' ', start + MaxSentenceLength, MaxSentenceLength);
            cut = cut <= start ? start + MaxSentenceLength : cut;
            ranges.Add((start, cut - start));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        if (end > start)
        {
            ranges.Add((start, end - start));
        }
    }
}
