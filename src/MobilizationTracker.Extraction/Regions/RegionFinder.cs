using System.Text.RegularExpressions;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>
/// Finds regions named in a sentence through the gazetteer (English variants, Russian names, lists
/// like "Lipetsk, Tyumen and Voronezh oblasts"), leaving out the ones named as a battle target
/// ("an offensive to seize the city of Kharkiv") and bare "Moscow"/"Kyiv" standing for a government.
/// </summary>
public static partial class RegionFinder
{
    /// <summary>The longest region name, in words ("Khanty-Mansi Autonomous Okrug Yugra" and the like).</summary>
    private const int MaxWords = 5;

    public static IReadOnlyList<RegionMention> Find(string sentence)
    {
        var found = new List<RegionMention>();
        var lastEnd = -1;
        var words = Word().Matches(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i].Value[0]) || Longest(sentence, words, i) is not { } hit)
            {
                continue;
            }

            var (code, start, length, last) = hit;
            i = last;
            var before = sentence[..start];
            if (BattleTargetBefore().IsMatch(before) || VenueBefore().IsMatch(before) || IsDateline(sentence, start, length))
            {
                continue;
            }

            var inList = lastEnd >= 0 && ListGap().IsMatch(sentence[lastEnd..start]);
            if (RegionGazetteer.AmbiguousNames.Contains(sentence.Substring(start, length)) && !PlaceBefore().IsMatch(before) && !inList)
            {
                continue;
            }

            found.Add(new RegionMention(code, start, length));
            lastEnd = start + length;
        }

        return found;
    }

    /// <summary>A dateline ("KAZAN, May 3 (Reuters) -"): the city the story was filed from, in capitals at the start.</summary>
    private static bool IsDateline(string sentence, int start, int length) =>
        string.IsNullOrWhiteSpace(sentence[..start]) && length > 2
        && sentence.Substring(start, length).All(c => !char.IsLetter(c) || char.IsUpper(c))
        && Dateline().IsMatch(sentence[(start + length)..]);

    /// <summary>The longest run of words from word <paramref name="first"/> that is a region name (single spaces between words).</summary>
    private static (string Code, int Start, int Length, int Last)? Longest(string sentence, MatchCollection words, int first)
    {
        var start = words[first].Index;
        var last = first;
        while (last + 1 < words.Count && last + 1 - first < MaxWords && words[last + 1].Index == words[last].Index + words[last].Length + 1
            && sentence[words[last].Index + words[last].Length] == ' ')
        {
            last++;
        }

        for (var j = last; j >= first; j--)
        {
            var end = words[j].Index + words[j].Length;
            var name = Trim(sentence[start..end]);
            if (RegionGazetteer.CodeByName.TryGetValue(name, out var code))
            {
                return (code, start, name.Length, j);
            }
        }

        return null;
    }

    private static string Trim(string name)
    {
        if (name.EndsWith("'s", StringComparison.Ordinal))
        {
            name = name[..^2];
        }

        return name.TrimEnd('.', '\'', '-');
    }

    [GeneratedRegex(@"^\s*(?:,|and|or|, and)\s*$")]
    private static partial Regex ListGap();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'.-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:offensive|seize|seizing|capture|capturing|encircl\w*|attack\w*|assault\w*|storm\w*|advance\w*|strike\w*|struck|shell\w*|bomb\w*|buffer zone|push(?:ing)? (?:on|toward)|battle for|fight(?:ing)? (?:for|in)|combat in|fighting in|occupy|occupying|liberat\w*|incursion\w*|invade|invasion of|march on)\b[^.;]{0,45}$", RegexOptions.IgnoreCase)]
    private static partial Regex BattleTargetBefore();

    [GeneratedRegex(@"^[A-Z ,.]{0,30}?(?:,|\s-|\s—|\s\()")]
    private static partial Regex Dateline();

    /// <summary>A venue, not a recruitment region: "speaking at the Eastern Economic Forum in Vladivostok".</summary>
    [GeneratedRegex(@"\b(?:at|during|on the sidelines of|on the margins of|addressing)\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,5}?(?:forum|summit|meeting|conference|congress|festival|exhibition|expo|talks|ceremony|rally|session)\s+(?:in|at)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex VenueBefore();

    [GeneratedRegex(@"\b(?:in|from|across|throughout|around|near|of the city of|city of|residents of|in the city of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceBefore();
}
