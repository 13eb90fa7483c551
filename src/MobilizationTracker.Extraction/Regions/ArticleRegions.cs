using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>
/// Article-level regions: subnational regions named in sentences that report recruitment or
/// mobilization activity (summonses, call-ups, training camps), not battle targets and not
/// complaints about soldiers mobilized earlier (spec rule 7).
/// </summary>
public static partial class ArticleRegions
{
    public static IReadOnlyList<string> Find(IReadOnlyList<Sentence> sentences, CancellationToken ct = default)
    {
        var codes = new List<string>();
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            if (sentence.IsHeadline || !IsRecruitmentActivity(sentence.Text))
            {
                continue;
            }

            codes.AddRange(RegionFinder.Find(sentence.Text).Select(r => r.Code).Where(c => c.Contains('-', StringComparison.Ordinal)));
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// In an article about one region's recruitment, a claim whose sentence names no region ("activists estimated
    /// that 3,000 people were mobilized") is about that region; null when the claim keeps its regions (it names
    /// one, the article has none or several, or the sentence speaks of the whole country).
    /// </summary>
    public static string? SingleRegionFor(string evidence, IReadOnlyList<string> claimRegions, IReadOnlyList<string> articleRegions) =>
        articleRegions.Count == 1 && claimRegions is ["RU"] && !Nationwide().IsMatch(evidence) ? articleRegions[0] : null;

    public static bool IsRecruitmentActivity(string sentence) =>
        Activity().IsMatch(sentence) && !Exempt().IsMatch(sentence) && !(Complaint().IsMatch(sentence) && !Ongoing().IsMatch(sentence));

    [GeneratedRegex(@"\b(?:mobili[sz]\w*|recruit\w*|summons\w*|summoned|enlist\w*|call(?:ed|ing|s)?[- ]up|called to|conscript\w*|draft(?:ed|ees?|ing)?|training camps?|military registration|sign(?:s|ed|ing)? (?:up|contracts|a contract)|contract service|quotas?|contract soldiers|military commissar\w*|enlistment offices?|(?:put|loaded|herded) (?:on|onto|into) buses|bussed|assembly points?|rounded up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Activity();

    [GeneratedRegex(@"\b(?:Russia|Russia's|Russian Federation|nationwide|the country|country's|national|federal|army|armed forces|military|Kremlin|Putin|Defen[cs]e Ministry|Ministry of Defen[cs]e|Shoigu|Belousov|General Staff|all regions|across Russia)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Nationwide();

    [GeneratedRegex(@"\b(?:exempt\w*|spared|excluded from|not subject to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exempt();

    [GeneratedRegex(@"\b(?:complain\w*|protest\w*|petition\w*|appeal\w*|wives|mothers|relatives|families)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\b(?:intensif\w*|began|begun|begin|started|starting|sending|sent|handed|hand(?:ing)? out|receiv\w*|launched|stepped up|ramped up|continu\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ongoing();
}
