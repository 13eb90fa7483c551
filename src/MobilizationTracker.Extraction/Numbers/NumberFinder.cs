using System.Globalization;
using System.Text.RegularExpressions;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// Finds numbers in a sentence: digits with separators (400,000; 400 000; 400.000), decimals with
/// multipliers ("1.5 million", "320 thousand", "300k"), number words ("one-hundred", "half a million")
/// and ranges ("500-600", "500 to 600", "between 500 and 600", "from 400,000 to 700,000").
/// </summary>
public static partial class NumberFinder
{
    /// <summary>Longer digit runs are identifiers, not figures.</summary>
    private const int MaxDigits = 12;

    /// <summary>No figure of people is larger (and every claim field is an int).</summary>
    private const decimal MaxValue = 2_000_000_000;

    public static IReadOnlyList<NumberMention> Find(string sentence)
    {
        var digits = Digits(sentence).ToList();
        var words = NumberWordReader.Find(sentence).Where(w => !digits.Any(d => d.Start < w.End && w.Start < d.End));
        var singles = digits.Concat(words).OrderBy(m => m.Start).ToList();
        return Ranges(sentence, singles);
    }

    private static IEnumerable<NumberMention> Digits(string sentence)
    {
        foreach (Match m in DigitsPattern().Matches(sentence))
        {
            var raw = m.Groups["num"].Value;
            if (raw.Count(char.IsDigit) > MaxDigits || ParseDigits(raw) is not var (number, isWhole))
            {
                continue; // phone numbers, IDs, garbage: nothing a figure of people looks like
            }

            long multiplier = MultiplierOf(m.Groups["mult"].Value);
            var value = number * multiplier;
            if (value > MaxValue)
            {
                continue;
            }

            var decimals = raw.Contains('.', StringComparison.Ordinal) && !GroupedWithDots().IsMatch(raw) ? raw.Length - raw.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var unit = multiplier == 1 ? 1 : Math.Max(1, multiplier / (long)Math.Pow(10, decimals));
            yield return NumberMention.Single(m.Index, m.Length, (long)Math.Round(value), unit) with
            {
                IsWhole = isWhole || multiplier > 1 && value == Math.Round(value),
                IsPlainFourDigits = multiplier == 1 && raw.Length == 4 && raw.All(char.IsDigit),
            };
        }
    }

    private static (decimal Number, bool IsWhole)? ParseDigits(string raw)
    {
        if (GroupedWithDots().IsMatch(raw))
        {
            return decimal.TryParse(raw.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var grouped)
                ? (grouped, true)
                : null;
        }

        var plain = raw.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? (number, number == decimal.Truncate(number))
            : null;
    }

    private static long MultiplierOf(string word) => word.ToLowerInvariant() switch
    {
        "thousand" or "k" => 1_000,
        "million" or "mln" or "m" => 1_000_000,
        "billion" or "bn" => 1_000_000_000,
        _ => 1,
    };

    private static List<NumberMention> Ranges(string sentence, List<NumberMention> singles)
    {
        var result = new List<NumberMention>();
        for (var i = 0; i < singles.Count; i++)
        {
            var first = singles[i];
            if (i + 1 < singles.Count && TryRange(sentence, first, singles[i + 1]) is { } range)
            {
                result.Add(range);
                i++;
                continue;
            }

            result.Add(first);
        }

        return result;
    }

    private static NumberMention? TryRange(string sentence, NumberMention first, NumberMention second)
    {
        if (first.Value is not { } low || second.Value is not { } high || second.Start < first.End)
        {
            return null;
        }

        var between = sentence[first.End..second.Start];
        var before = sentence[..first.Start];
        var joined = Dash().IsMatch(between)
            || To().IsMatch(between) && !ChangeVerbBefore().IsMatch(before)
            || And().IsMatch(between) && BetweenBefore().IsMatch(before);
        if (!joined)
        {
            return null;
        }

        if (first.Unit == 1 && second.Unit > 1 && low * 1000 <= high && low < 1000)
        {
            // "500-600 thousand", "between 1 and 1.5 million": the multiplier covers both ends.
            var multiplier = high >= 1_000_000_000 ? 1_000_000_000 : high >= 1_000_000 ? 1_000_000 : 1_000;
            low *= multiplier;
        }

        return low < high
            ? new NumberMention(first.Start, second.End - first.Start, null, low, high, Math.Max(first.Unit, second.Unit))
            : null;
    }

    [GeneratedRegex(@"(?<![\w.,])(?<num>\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:\.\d{3})+(?![\d,])(?!\.\d)|\d{1,3}(?: \d{3})+(?![\d,.])|\d+(?:\.\d+)?)(?:(?:\s+|-)(?<mult>thousand|million|billion|mln|bn)\b|(?<mult>[kK]|mln|bn|m)\b)?")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex GroupedWithDots();

    [GeneratedRegex(@"^\s*-\s*$")]
    private static partial Regex Dash();

    [GeneratedRegex(@"^\s+to\s+$")]
    private static partial Regex To();

    [GeneratedRegex(@"^\s+and\s+$")]
    private static partial Regex And();

    [GeneratedRegex(@"\bbetween\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"\b(?:increas\w*|ris\w*|rose|grow\w*|grew|f[ae]ll\w*|drop\w*|declin\w*|boost\w*|rais\w*|expand\w*|cut\w*|reduc\w*|shr[iu]nk\w*|doubl\w*|jump\w*)\s+(?:\w+\s+){0,6}?from\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerbBefore();
}
