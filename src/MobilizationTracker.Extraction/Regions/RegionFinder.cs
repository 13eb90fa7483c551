using System.Text.RegularExpressions;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>
/// Finds regions named in a sentence through the gazetteer (English variants, Russian names, lists
/// like "Lipetsk, Tyumen and Voronezh oblasts"), leaving out the ones named as a battle target
/// ("an offensive to seize the city of Kharkiv") and bare "Moscow"/"Kyiv" standing for a government.
/// </summary>
public static partial class RegionFinder
{
    private static readonly Regex NamePattern = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join('|', RegionGazetteer.CodeByName.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static IReadOnlyList<RegionMention> Find(string sentence)
    {
        var found = new List<RegionMention>();
        foreach (Match m in NamePattern.Matches(sentence))
        {
            if (!char.IsUpper(m.Value[0]) || !RegionGazetteer.CodeByName.TryGetValue(m.Value, out var code))
            {
                continue;
            }

            var before = sentence[..m.Index];
            if (BattleTargetBefore().IsMatch(before))
            {
                continue;
            }

            if (RegionGazetteer.AmbiguousNames.Contains(m.Value) && !PlaceBefore().IsMatch(before))
            {
                continue;
            }

            found.Add(new RegionMention(code, m.Index, m.Length));
        }

        return found;
    }

    [GeneratedRegex(@"\b(?:offensive|seize|seizing|capture|capturing|encircl\w*|attack\w*|assault\w*|storm\w*|advance\w*|strike\w*|struck|shell\w*|bomb\w*|buffer zone|push(?:ing)? (?:on|toward)|battle for|fight(?:ing)? for|occupy|occupying|liberat\w*|incursion\w*|invade|invasion of|march on)\b[^.;]{0,45}$", RegexOptions.IgnoreCase)]
    private static partial Regex BattleTargetBefore();

    [GeneratedRegex(@"\b(?:in|from|across|throughout|around|near|of the city of|city of|residents of|in the city of)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceBefore();
}
