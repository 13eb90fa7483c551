using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// Numbers written in words: "one-hundred", "two hundred thousand", "a million", "half a million",
/// «сто тысяч», «двух миллионов», «полмиллиона», «полтора миллиона». Values come from the
/// language's <c>numbers-words</c> file (a trailing * for inflected endings); English's small words
/// ("a", "half", "and") from <c>numbers-word-particles</c>. A number that starts with a scale word
/// ("hundred", "thousands") is vague ("several hundred") unless the language writes that scale alone
/// for one of it (<c>numbers-standalone-scales</c>: «миллион человек»).
/// </summary>
public static partial class NumberWordReader
{
    private const long MaxValue = 2_000_000_000;

    private const string Words = "numbers-words";

    public static IEnumerable<NumberMention> Find(string sentence) => Find(sentence, LanguageLexicon.English);

    public static IEnumerable<NumberMention> Find(string sentence, LanguageLexicon lexicon)
    {
        var standalone = lexicon.Set("numbers-standalone-scales");
        var tokens = Tokenise(sentence, lexicon);
        var words = new List<Token>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var j = i;
            words.Clear();
            while (j < tokens.Count && Continues(sentence, tokens, j, words))
            {
                words.Add(tokens[j]);
                j++;
            }

            if (words.Count == 0)
            {
                continue;
            }

            while (words.Count > 0 && words[^1].Role is not null)
            {
                words.RemoveAt(words.Count - 1);
                j--;
            }

            var vague = words.Count == 0 || words[0].Value is 12 or 100 or 1000 or 1_000_000 or 1_000_000_000 && !standalone.Contains(words[0].Word); // "several hundred", "a few thousand"
            if (!vague && Value(words) is { } value && value is >= 2 and <= MaxValue)
            {
                var unit = words.Any(w => w.Value >= 1000) ? 1000 : 1;
                yield return NumberMention.Single(tokens[i].Index, tokens[j - 1].End - tokens[i].Index, (long)value, unit) with { Written = value };
            }

            i = Math.Max(i, j - 1);
        }
    }

    /// <summary>The sentence's words, lower-cased, each with its particle role or its value (one string per word, no match objects).</summary>
    private static List<Token> Tokenise(string sentence, LanguageLexicon lexicon)
    {
        var particles = lexicon.Pairs("numbers-word-particles");
        var tokens = new List<Token>();
        Span<char> buffer = stackalloc char[64];
        foreach (var m in WordToken().EnumerateMatches(sentence))
        {
            var lower = m.Length <= buffer.Length ? buffer[..m.Length] : new char[m.Length];
            sentence.AsSpan(m.Index, m.Length).ToLowerInvariant(lower);
            var word = new string(lower);
            var role = particles.TryGetValue(word, out var r) ? r : null;
            tokens.Add(new Token(word, m.Index, m.Index + m.Length, role, role is null ? Vocabulary.ValueOf(lexicon, Words, word) : null));
        }

        return tokens;
    }

    private static bool Continues(string sentence, List<Token> tokens, int j, List<Token> words)
    {
        var token = tokens[j];
        if (j > 0 && words.Count > 0 && !OnlySpaceOrHyphen(sentence, tokens[j - 1].End, token.Index))
        {
            return false;
        }

        var next = j + 1 < tokens.Count ? tokens[j + 1] : null;
        return token.Role switch
        {
            "indefinite" => next is { Value: 100 or 12 or >= 1000 },
            "half" => words.Count == 0 && next?.Role == "indefinite",
            "and" => words.Count > 0 && next?.Value is not null && words[^1].Value is 100 or >= 1000,
            _ => token.Value is not null,
        };
    }

    private static bool OnlySpaceOrHyphen(string sentence, int from, int to) =>
        to - from == 1 && sentence[from] is ' ' or '-';

    private static decimal? Value(List<Token> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        if (words[0].Role == "half")
        {
            return Value(words.Skip(2).ToList()) is { } whole ? Math.Floor(whole / 2) : null;
        }

        decimal total = 0;
        decimal current = 0;
        foreach (var word in words.Take(12))
        {
            if (word.Role == "indefinite")
            {
                current = 1;
                continue;
            }

            if (word.Value is not { } v)
            {
                continue;
            }

            if (v == 100 || v == 12)
            {
                current = Math.Max(current, 1) * v;
            }
            else if (v >= 1000)
            {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
            }
            else
            {
                current += v;
            }
        }

        return decimal.Truncate(total + current);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordToken();

    private sealed record Token(string Word, int Index, int End, string? Role, decimal? Value);
}
