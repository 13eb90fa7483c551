using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>
/// Finds regions named in a sentence through the language's <see cref="RegionNames"/> (any case of a Russian
/// name, lists like "Lipetsk, Tyumen and Voronezh oblasts" or «в Челябинской и Свердловской областях»),
/// leaving out the ones named as a battle target ("an offensive to seize the city of Kharkiv"), a venue, a
/// dateline, and bare "Moscow"/"Kyiv" standing for a government.
/// </summary>
public static partial class RegionFinder
{
    /// <summary>The longest region name, in words ("Khanty-Mansi Autonomous Okrug Yugra" and the like).</summary>
    private const int MaxWords = 5;

    /// <summary>How far back a battle word makes a region a target ("an offensive to seize the city of Kharkiv").</summary>
    private const int BattleReach = 45;

    public static IReadOnlyList<RegionMention> Find(string sentence) => Find(sentence, LanguageLexicon.English);

    public static IReadOnlyList<RegionMention> Find(string sentence, LanguageLexicon lexicon)
    {
        var names = RegionNames.For(lexicon);
        var found = new List<RegionMention>();
        var lastEnd = -1;
        RegionMention[]? pending = null; // an ambiguous name kept only if a list of regions follows it
        var words = RegionNames.Word().Matches(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            if (names.Longest(sentence, words, i, MaxWords) is not { } hit || !(char.IsUpper(words[i].Value[0]) || hit.LowerStart))
            {
                continue;
            }

            var start = words[i].Index;
            var length = words[hit.Last].Index + NameLength(words[hit.Last].Value) - start;
            var mentions = hit.Codes.Select(c => new RegionMention(c, start, length)).ToArray();
            var first = i;
            i = hit.Last;
            var before = sentence[..start];
            if (NotARecruitmentPlace(lexicon, sentence, before, start, length))
            {
                continue;
            }

            var inList = lastEnd >= 0 && ListGap(lexicon).IsMatch(sentence[lastEnd..start]);
            if (pending is not null && inList)
            {
                found.AddRange(pending); // "Moscow, St. Petersburg and Kazan": a list of regions names places
            }

            pending = null;
            lastEnd = start + length;
            if (hit.Ambiguous && !inList && (!lexicon.Pattern(@"\b(?:{regions-place-before})\s+$").IsMatch(before)
                || lexicon.Pattern(@"\b(?:{regions-government-before})\s+$").IsMatch(before)))
            {
                pending = mentions;
                continue;
            }

            found.AddRange(mentions);
            if (names.IsSuffixWord(words[hit.Last].Value))
            {
                found.AddRange(SharedSuffix(names, lexicon, sentence, words, first, hit.Last).Where(m => found.All(f => f.Code != m.Code)).ToList());
            }
        }

        return found;
    }

    /// <summary>
    /// The names before one that ends in a suffix noun, in a list sharing it: «в Челябинской и Свердловской областях»,
    /// "the Kursk and Belgorod areas" (each word before the list gap, with the suffix, is a name).
    /// </summary>
    private static IEnumerable<RegionMention> SharedSuffix(RegionNames names, LanguageLexicon lexicon, string sentence, MatchCollection words, int first, int last)
    {
        var suffix = words[last].Value;
        var next = words[first].Index;
        for (var k = first - 1; k >= 0; k--)
        {
            var gap = sentence[(words[k].Index + words[k].Length)..next];
            if (!ListGap(lexicon).IsMatch(gap))
            {
                if (lexicon.Set("list-words").Contains(words[k].Value) && k + 1 < words.Count && words[k + 1].Index == next)
                {
                    continue; // the "and" of the list: the name is the word before it
                }

                yield break;
            }

            if (!char.IsUpper(words[k].Value[0]) || names.Lookup([words[k].Value, suffix]) is not { Count: > 0 } codes)
            {
                yield break;
            }

            foreach (var code in codes)
            {
                yield return new RegionMention(code, words[k].Index, words[k].Length);
            }

            next = words[k].Index;
        }
    }

    private static bool NotARecruitmentPlace(LanguageLexicon lexicon, string sentence, string before, int start, int length) =>
        lexicon.Pattern(@"\b(?:{regions-battle-words})\b[^.;]{0," + BattleReach + "}$").IsMatch(before)
        || lexicon.Pattern(@"\b(?:{regions-venue-lead})\s+(?:[\w'-]+\s+){0,6}?(?:{regions-venue-nouns})\s+(?:{regions-venue-in})\s+$").IsMatch(before)
        || IsDateline(sentence, start, length);

    /// <summary>The length of a name's last word without a possessive or a trailing dot ("peninsula." → "peninsula").</summary>
    private static int NameLength(string word)
    {
        var name = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word;
        return name.TrimEnd('.', '\'', '-').Length;
    }

    /// <summary>A dateline ("KAZAN, May 3 (Reuters) -"): the city the story was filed from, in capitals at the start.</summary>
    private static bool IsDateline(string sentence, int start, int length) =>
        string.IsNullOrWhiteSpace(sentence[..start]) && length > 2
        && sentence.Substring(start, length).All(c => !char.IsLetter(c) || char.IsUpper(c))
        && Dateline().IsMatch(sentence[(start + length)..]);

    /// <summary>What separates the names of a list: a comma, "and"/"or" in the language (<c>list-words.txt</c>).</summary>
    private static Regex ListGap(LanguageLexicon lexicon) => lexicon.Pattern(@"^\s*(?:,|,?\s*\b(?:{list-words})\b)\s*$");

    [GeneratedRegex(@"^[\p{Lu} ,.]{0,30}?(?:,|\s-|\s—|\s\()")]
    private static partial Regex Dateline();
}
