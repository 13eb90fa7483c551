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
    public static IReadOnlyList<string> Find(IReadOnlyList<Sentence> sentences) =>
        sentences
            .Where(s => !s.IsHeadline && IsRecruitmentActivity(s.Text))
            .SelectMany(s => RegionFinder.Find(s.Text))
            .Select(r => r.Code)
            .Where(c => c.Contains('-', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static bool IsRecruitmentActivity(string sentence) =>
        Activity().IsMatch(sentence) && !Exempt().IsMatch(sentence) && !(Complaint().IsMatch(sentence) && !Ongoing().IsMatch(sentence));

    [GeneratedRegex(@"\b(?:mobili[sz]\w*|recruit\w*|summons\w*|summoned|enlist\w*|call(?:ed|ing|s)?[- ]up|called to|conscript\w*|draft(?:ed|ees?|ing)?|training camps?|military registration|sign(?:s|ed|ing)? (?:up|contracts|a contract)|contract service|quotas?|contract soldiers|military commissar\w*|enlistment offices?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Activity();

    [GeneratedRegex(@"\b(?:exempt\w*|spared|excluded from|not subject to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exempt();

    [GeneratedRegex(@"\b(?:complain\w*|protest\w*|petition\w*|appeal\w*|wives|mothers|relatives|families)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Complaint();

    [GeneratedRegex(@"\b(?:intensif\w*|began|begun|begin|started|starting|sending|sent|handed|hand(?:ing)? out|receiv\w*|launched|stepped up|ramped up|continu\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ongoing();
}
