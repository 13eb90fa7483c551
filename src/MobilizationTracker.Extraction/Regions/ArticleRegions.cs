using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Model;
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
    /// The region an article's headline names among its recruitment regions ("the first days of mobilization in
    /// Buryatia"); null when it names none or several.
    /// </summary>
    public static string? InHeadline(IReadOnlyList<Sentence> sentences, IReadOnlyList<string> articleRegions)
    {
        var inHeadline = sentences.Where(s => s.IsHeadline)
            .SelectMany(s => RegionFinder.Find(s.Text))
            .Select(r => r.Code)
            .Where(articleRegions.Contains)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return inHeadline.Count == 1 ? inHeadline[0] : null;
    }

    /// <summary>
    /// In an article about one region's recruitment, a claim whose sentence names no region ("activists estimated
    /// that 3,000 people were mobilized") is about that region: the article's only region, or for a count of
    /// people taken, the one its headline names when the article names several. Null when the claim keeps its
    /// regions (it names one, there is no such region, or the sentence speaks of the whole country).
    /// </summary>
    public static string? SingleRegionFor(ExtractedClaim claim, IReadOnlyList<string> articleRegions, string? headlineRegion)
    {
        if (claim.Regions is not ["RU"] || Nationwide().IsMatch(claim.Evidence))
        {
            return null;
        }

        return articleRegions.Count == 1 ? articleRegions[0] : claim.Kind == ClaimKind.Count ? headlineRegion : null;
    }

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
