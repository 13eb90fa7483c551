using System.Globalization;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// Finds numbers in a sentence: digits with separators (400,000; 400 000; 400.000; «422 704»),
/// decimals with multipliers ("1.5 million", "320 thousand", "300k", «1,5 млн», «300 тыс.»),
/// compounds («2 млн 389 тысяч 130»), number words ("one-hundred", "half a million", «двух
/// миллионов») and ranges ("500-600", "500 to 600", "between 500 and 600", «от 400 до 500 тысяч»).
/// The language's <c>numbers-notation</c> says which mark is decimal; its multipliers and range
/// words are lexicon files.
/// </summary>
public static partial class NumberFinder
{
    /// <summary>Longer digit runs are identifiers, not figures.</summary>
    private const int MaxDigits = 12;

    /// <summary>No figure of people is larger (and every claim field is an int).</summary>
    private const decimal MaxValue = 2_000_000_000;

    /// <summary>Digits grouped in thousands by spaces, including the no-break and thin spaces.</summary>
    private const string SpaceGrouped = @"\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+";

    private const string Multipliers = @"(?:(?:\s+|-)(?<mult>{numbers-multipliers})(?!\w)|(?<mult>{numbers-multiplier-suffixes})\b)?";

    /// <summary>Decimal point: "400,000" groups thousands with commas, "1.5" is a decimal.</summary>
    private const string PointDigits =
        @"(?<![\w.,])(?<num>\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:\.\d{3})+(?![\d,])(?!\.\d)|" + SpaceGrouped + @"(?![\d,.])|\d+(?:\.\d+)?)" + Multipliers;

    /// <summary>Decimal comma: «1,5» is a decimal, «422 704» and «1.320.000» group thousands.</summary>
    private const string CommaDigits =
        @"(?<![\w.,])(?<num>\d{1,3}(?:\.\d{3})+(?![\d,])(?!\.\d)|" + SpaceGrouped + @"(?![\d]|[,.]\d)|\d+(?:,\d+)?)" + Multipliers;

    public static IReadOnlyList<NumberMention> Find(string sentence) => Find(sentence, LanguageLexicon.English);

    public static IReadOnlyList<NumberMention> Find(string sentence, LanguageLexicon lexicon)
    {
        var digits = Compounds(sentence, Digits(sentence, lexicon).ToList());
        var words = NumberWordReader.Find(sentence, lexicon).Where(w => !digits.Any(d => d.Start < w.End && w.Start < d.End));
        var singles = digits.Concat(words).OrderBy(m => m.Start).ToList();
        return Ranges(sentence, singles, lexicon);
    }

    private static bool DecimalComma(LanguageLexicon lexicon) => Vocabulary.Notation(lexicon, "decimal") == ",";

    private static IEnumerable<NumberMention> Digits(string sentence, LanguageLexicon lexicon)
    {
        var comma = DecimalComma(lexicon);
        foreach (Match m in Vocabulary.Rule(lexicon, comma ? CommaDigits : PointDigits).Matches(sentence))
        {
            var raw = m.Groups["num"].Value;
            var word = m.Groups["mult"].Value;
            if (raw.Count(char.IsDigit) > MaxDigits || ParseDigits(raw, comma, word.Length > 0) is not var (number, isWhole))
            {
                continue; // phone numbers, IDs, garbage: nothing a figure of people looks like
            }

            var multiplier = word.Length == 0 ? 1 : (long)(Vocabulary.ValueOf(lexicon, "numbers-multipliers", word)
                ?? Vocabulary.ValueOf(lexicon, "numbers-multiplier-suffixes", word) ?? 1);
            var value = number * multiplier;
            if (value > MaxValue)
            {
                continue;
            }

            var mark = comma ? ',' : '.';
            var decimals = raw.Contains(mark, StringComparison.Ordinal) && (!GroupedWithDots().IsMatch(raw) || multiplier > 1 && !comma) ? raw.Length - raw.IndexOf(mark, StringComparison.Ordinal) - 1 : 0;
            var unit = multiplier == 1 ? 1 : Math.Max(1, multiplier / (long)Math.Pow(10, decimals));
            yield return NumberMention.Single(m.Index, m.Length, (long)Math.Round(value), unit) with
            {
                IsWhole = isWhole || multiplier > 1 && value == Math.Round(value),
                IsPlainFourDigits = multiplier == 1 && raw.Length == 4 && raw.All(char.IsDigit),
                Written = number,
            };
        }
    }

    /// <param name="raw">The digits as written.</param>
    /// <param name="decimalComma">Whether the language writes a decimal comma.</param>
    /// <param name="multiplied">Whether a multiplier follows: "2.209 million" is a decimal, not 2,209 grouped with a dot.</param>
    private static (decimal Number, bool IsWhole)? ParseDigits(string raw, bool decimalComma, bool multiplied)
    {
        if (GroupedWithDots().IsMatch(raw) && !(multiplied && !decimalComma && raw.Count(c => c == '.') == 1))
        {
            return decimal.TryParse(raw.Replace(".", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var grouped)
                ? (grouped, true)
                : null;
        }

        var plain = string.Concat(raw.Where(c => c is not (' ' or '\u00A0' or '\u202F' or '\u2009')));
        plain = decimalComma ? plain.Replace(',', '.') : plain.Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? (number, number == decimal.Truncate(number))
            : null;
    }

    /// <summary>
    /// «2 млн 389 тысяч 130»: a number with a multiplier followed, after a space, by a smaller one is
    /// one number, their sum.
    /// </summary>
    private static List<NumberMention> Compounds(string sentence, List<NumberMention> digits)
    {
        var result = new List<NumberMention>(digits.Count);
        foreach (var next in digits)
        {
            if (result.Count > 0 && result[^1] is { Unit: > 1, Value: { } big } last && next.Value is { } small
                && small < last.Unit && small * 1000 >= last.Unit && (next.Unit > 1 || last.Unit == 1000) && last.Written == decimal.Truncate(last.Written) && next.Start == last.End + 1 && sentence[last.End] == ' ' && last.IsWhole && next.IsWhole)
            {
                result[^1] = last with { Length = next.End - last.Start, Value = big + small, Unit = next.Unit, Written = big + small };
                continue;
            }

            result.Add(next);
        }

        return result;
    }

    private static List<NumberMention> Ranges(string sentence, List<NumberMention> singles, LanguageLexicon lexicon)
    {
        var result = new List<NumberMention>();
        for (var i = 0; i < singles.Count; i++)
        {
            var first = singles[i];
            if (i + 1 < singles.Count && TryRange(sentence, first, singles[i + 1], lexicon) is { } range)
            {
                result.Add(range);
                i++;
                continue;
            }

            result.Add(i + 1 < singles.Count ? SharingMultiplier(sentence, first, singles[i + 1], lexicon) : first);
        }

        return result;
    }

    /// <summary>
    /// "from 1.15 to 1.5 million", «с 1,15 до 1,5 млн»: a change between two figures written with one
    /// multiplier, after the second; the first takes it too.
    /// </summary>
    private static NumberMention SharingMultiplier(string sentence, NumberMention first, NumberMention second, LanguageLexicon lexicon)
    {
        if (first.Unit != 1 || first.Written >= 1000 || second.Unit == 1 || second.Written == 0 || second.Value is not { } value || second.Start < first.End
            || !Vocabulary.Rule(lexicon, @"^\s+(?:{numbers-range-to})\s+$").IsMatch(sentence[first.End..second.Start]))
        {
            return first;
        }

        var multiplier = (long)Math.Round(value / second.Written);
        if (multiplier is not (1_000 or 1_000_000 or 1_000_000_000) || first.Written * multiplier > value * 10)
        {
            return first;
        }

        var decimals = first.Written.Scale;
        return first with
        {
            Value = (long)Math.Round(first.Written * multiplier),
            Unit = Math.Max(1, multiplier / (long)Math.Pow(10, decimals)),
            IsWhole = true,
            IsPlainFourDigits = false,
        };
    }

    private static NumberMention? TryRange(string sentence, NumberMention first, NumberMention second, LanguageLexicon lexicon)
    {
        if (first.Value is null || second.Value is not { } high || second.Start < first.End)
        {
            return null;
        }

        var between = sentence[first.End..second.Start];
        var before = sentence[Math.Max(0, first.Start - 200)..first.Start];
        var opened = Vocabulary.Rule(lexicon, @"\b(?:{numbers-range-open})\s+(?:\w+\s+)?$").IsMatch(before);
        var joined = Dash().IsMatch(between)
            || Vocabulary.Rule(lexicon, @"^\s+(?:{numbers-range-to})\s+$").IsMatch(between)
               && (opened || Vocabulary.Notation(lexicon, "bare-to") == "yes")
               && !(IsFigureOfPeopleSize(first) && Vocabulary.Rule(lexicon, @"\b(?:{numbers-range-from})\s+(?:\w+\s+)?$").IsMatch(before))
            || opened && Vocabulary.Rule(lexicon, @"^\s+(?:{numbers-range-and})\s+$").IsMatch(between);
        if (!joined)
        {
            return null;
        }

        var low = first.Value.Value;
        if (first.Unit == 1 && second.Unit > 1 && low * 1000 <= high && low < 1000)
        {
            // "500-600 thousand", "between 1 and 1.5 million", «134,5–135 тыс.»: the multiplier covers both ends.
            var multiplier = high >= 1_000_000_000 ? 1_000_000_000 : high >= 1_000_000 ? 1_000_000 : 1_000;
            low = first.Written != 0 ? (long)Math.Round(first.Written * multiplier) : low * multiplier;
        }

        return low < high
            ? new NumberMention(first.Start, second.End - first.Start, null, low, high, Math.Max(first.Unit, second.Unit))
            : null;
    }

    /// <summary>
    /// "from 2.039 million to 2.209 million" is a change of two figures; "from April 1 to 10" stays a
    /// range of small numbers (days), which the rules then leave out.
    /// </summary>
    private static bool IsFigureOfPeopleSize(NumberMention first) => first.Magnitude >= 1000 || first.Unit > 1 || first.Written != decimal.Truncate(first.Written);

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex GroupedWithDots();

    [GeneratedRegex(@"^\s*[-‐‑–—]\s*$")]
    private static partial Regex Dash();
}
