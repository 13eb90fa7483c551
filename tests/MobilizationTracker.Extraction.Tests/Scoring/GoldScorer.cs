namespace MobilizationTracker.Extraction.Tests.Scoring;

/// <summary>
/// Scores one article as the spec's last section says: claims are matched by figure (value, or low and
/// high), each gold claim to at most one extracted claim, preferring one with the same source; then
/// source, claim date, kind, regions and denied are compared for the matched pairs.
/// </summary>
public static class GoldScorer
{
    public static Score ScoreArticle(IReadOnlyList<ScoredClaim> gold, IReadOnlyList<ScoredClaim> extracted)
    {
        var unused = extracted.ToList();
        var score = new Score { Gold = gold.Count, Extracted = extracted.Count };
        foreach (var g in gold.OrderBy(g => unused.Any(e => e.SameFigure(g) && Same(e.Source, g.Source)) ? 0 : 1))
        {
            var match = unused.FirstOrDefault(e => e.SameFigure(g) && Same(e.Source, g.Source))
                ?? unused.FirstOrDefault(e => e.SameFigure(g));
            if (match is null)
            {
                continue;
            }

            unused.Remove(match);
            score += new Score
            {
                Matched = 1,
                SourceRight = Same(match.Source, g.Source) ? 1 : 0,
                ClaimDateRight = match.ClaimDate == g.ClaimDate ? 1 : 0,
                KindRight = match.Kind == g.Kind ? 1 : 0,
                RegionsRight = match.Regions.Order(StringComparer.Ordinal).SequenceEqual(g.Regions.Order(StringComparer.Ordinal)) ? 1 : 0,
                DeniedRight = match.Denied == g.Denied ? 1 : 0,
            };
        }

        return score;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
