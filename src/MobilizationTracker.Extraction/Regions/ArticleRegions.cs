using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>
/// Article-level regions: subnational regions named in sentences that report recruitment or
/// mobilization activity (summonses, call-ups, training camps), or that continue such a sentence in the
/// same paragraph; not battle targets and not complaints about soldiers mobilized earlier (spec rule 7).
/// The vocabulary is the language's <c>regions-*.txt</c>.
/// </summary>
public static class ArticleRegions
{
    public static IReadOnlyList<string> Find(IReadOnlyList<Sentence> sentences, CancellationToken ct = default) =>
        Find(sentences, LanguageLexicon.English, ct);

    public static IReadOnlyList<string> Find(IReadOnlyList<Sentence> sentences, LanguageLexicon lexicon, CancellationToken ct = default)
    {
        var activity = sentences.Select(s => !s.IsHeadline && IsRecruitmentActivity(s.Text, lexicon)).ToArray();
        var codes = new List<string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var sentence = sentences[i];
            if (sentence.IsHeadline || !(activity[i] || ContinuesActivity(sentences, activity, i, lexicon)))
            {
                continue;
            }

            codes.AddRange(RegionFinder.Find(sentence.Text, lexicon).Select(r => r.Code).Where(c => c.Contains('-', StringComparison.Ordinal)));
        }

        return codes.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The region an article's headline names among its recruitment regions ("the first days of mobilization in
    /// Buryatia"); null when it names none or several.
    /// </summary>
    public static string? InHeadline(IReadOnlyList<Sentence> sentences, IReadOnlyList<string> articleRegions, LanguageLexicon? lexicon = null)
    {
        var inHeadline = sentences.Where(s => s.IsHeadline)
            .SelectMany(s => RegionFinder.Find(s.Text, lexicon ?? LanguageLexicon.English))
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
    public static string? SingleRegionFor(ExtractedClaim claim, IReadOnlyList<string> articleRegions, string? headlineRegion, LanguageLexicon? lexicon = null)
    {
        if (claim.Regions is not ["RU"] || (lexicon ?? LanguageLexicon.English).Pattern(@"\b(?:{regions-nationwide})\b").IsMatch(claim.Evidence))
        {
            return null;
        }

        return articleRegions.Count == 1 ? articleRegions[0] : claim.Kind == ClaimKind.Count ? headlineRegion : null;
    }

    public static bool IsRecruitmentActivity(string sentence) => IsRecruitmentActivity(sentence, LanguageLexicon.English);

    public static bool IsRecruitmentActivity(string sentence, LanguageLexicon lexicon) =>
        lexicon.Pattern(@"\b(?:{regions-activity})\b").IsMatch(sentence) && !IsExemptionOrComplaint(sentence, lexicon);

    /// <summary>
    /// A sentence next to a recruitment sentence of the same paragraph continues its account ("They made a
    /// fourth visit to the colony in the Leningrad region."), unless it is an exemption or a complaint itself.
    /// </summary>
    private static bool ContinuesActivity(IReadOnlyList<Sentence> sentences, bool[] activity, int i, LanguageLexicon lexicon) =>
        (i > 0 && activity[i - 1] && sentences[i - 1].Paragraph == sentences[i].Paragraph
            || i + 1 < sentences.Count && activity[i + 1] && sentences[i + 1].Paragraph == sentences[i].Paragraph)
        && !IsExemptionOrComplaint(sentences[i].Text, lexicon);

    private static bool IsExemptionOrComplaint(string sentence, LanguageLexicon lexicon) =>
        lexicon.Pattern(@"\b(?:{regions-exempt})\b").IsMatch(sentence)
        || lexicon.Pattern(@"\b(?:{regions-complaint})\b").IsMatch(sentence) && !lexicon.Pattern(@"\b(?:{regions-ongoing})\b").IsMatch(sentence);
}
