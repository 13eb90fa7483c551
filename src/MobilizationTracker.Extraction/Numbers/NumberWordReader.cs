using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>Numbers written in words: "one-hundred", "two hundred thousand", "a million", "half a million".</summary>
public static partial class NumberWordReader
{
    private const long MaxValue = 2_000_000_000;

    public static IEnumerable<NumberMention> Find(string sentence)
    {
        var tokens = WordToken().Matches(sentence).Select(m => (Word: m.Value.ToLowerInvariant(), m.Index, End: m.Index + m.Length)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var j = i;
            var words = new List<string>();
            while (j < tokens.Count && Continues(sentence, tokens, j, words))
            {
                words.Add(tokens[j].Word);
                j++;
            }

            if (words.Count == 0)
            {
                continue;
            }

            while (words.Count > 0 && words[^1] is "a" or "and" or "half")
            {
                words.RemoveAt(words.Count - 1);
                j--;
            }

            var vague = words.Count == 0 || words[0] is "hundred" or "thousand" or "million" or "billion" or "dozen"; // "several hundred", "a few thousand"
            if (!vague && Value(words) is { } value && value is >= 2 and <= MaxValue)
            {
                var unit = words.Any(w => w is "thousand" or "million" or "billion") ? 1000 : 1;
                yield return NumberMention.Single(tokens[i].Index, tokens[j - 1].End - tokens[i].Index, value, unit);
            }

            i = Math.Max(i, j - 1);
        }
    }

    private static bool Continues(string sentence, List<(string Word, int Index, int End)> tokens, int j, List<string> words)
    {
        var word = tokens[j].Word;
        if (j > 0 && words.Count > 0 && !OnlySpaceOrHyphen(sentence, tokens[j - 1].End, tokens[j].Index))
        {
            return false;
        }

        var next = j + 1 < tokens.Count ? tokens[j + 1].Word : "";
        return word switch
        {
            "a" => next is "hundred" or "thousand" or "million" or "billion" or "dozen",
            "half" => words.Count == 0 && next == "a",
            "and" => words.Count > 0 && Lexicons.NumberWords.ContainsKey(next) && words[^1] is "hundred" or "thousand" or "million",
            _ => Lexicons.NumberWords.ContainsKey(word),
        };
    }

    private static bool OnlySpaceOrHyphen(string sentence, int from, int to) =>
        to - from == 1 && sentence[from] is ' ' or '-';

    private static long? Value(List<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        if (words[0] == "half")
        {
            return Value(words.Skip(2).ToList()) is { } whole ? whole / 2 : null;
        }

        long total = 0;
        long current = 0;
        foreach (var word in words.Take(12))
        {
            if (word is "a")
            {
                current = 1;
                continue;
            }

            if (word is "and" || !Lexicons.NumberWords.TryGetValue(word, out var v))
            {
                continue;
            }

            if (v == 100 || v == 12)
            {
                current = Math.Max(current, 1) * v;
            }
            else if (v >= 1000)
            {
                total += Math.Max(current, 1) * v;
                current = 0;
            }
            else
            {
                current += v;
            }
        }

        return total + current;
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex WordToken();
}
