namespace MobilizationTracker.Extraction;

/// <summary>
/// One claim per figure and source (spec rules 4 and 5): a headline restating a body figure goes;
/// a rounded restatement ("422 thousand") goes in favour of the precise value ("422,704") from the
/// same source; a headline's round figure within 1% of a body figure of the same kind ("Over 230,000" for
/// "231,000") goes too; repeats of one figure from one source keep the first mention (and its qualifier).
/// </summary>
internal static class ClaimMerger
{
    public static IReadOnlyList<ClaimCandidate> Merge(IReadOnlyList<ClaimCandidate> candidates)
    {
        var body = candidates.Where(c => !c.IsHeadline).ToList();
        var headlines = candidates.Where(c => c.IsHeadline && !body.Any(b => SameFigure(b, c) || Restates(c, b) || RoundsInHeadline(c, b)));
        var kept = new List<ClaimCandidate>();
        foreach (var candidate in headlines.Concat(body))
        {
            if (candidates.Any(p => !p.IsHeadline && p.Claim.Source == candidate.Claim.Source && Restates(candidate, p)))
            {
                continue;
            }

            if (kept.Any(k => k.Claim.Source == candidate.Claim.Source && SameFigure(k, candidate)))
            {
                continue;
            }

            kept.Add(candidate);
        }

        return kept.OrderBy(k => k.Claim.EvidenceStart).ToList();
    }

    private static bool SameFigure(ClaimCandidate a, ClaimCandidate b) =>
        a.Claim.Figure == b.Claim.Figure && a.Claim.Low == b.Claim.Low && a.Claim.High == b.Claim.High;

    /// <summary>
    /// A headline's round figure within 1% of a body figure of the same kind ("Over 230,000" for "more than
    /// 231,000"): headlines round in digits too, so it restates the body figure.
    /// </summary>
    private static bool RoundsInHeadline(ClaimCandidate headline, ClaimCandidate body) =>
        headline.Claim.Figure is { } r && body.Claim.Figure is { } p && r != p && r % 1000 == 0 && p >= 10000
        && headline.Claim.Kind == body.Claim.Kind && Math.Abs((long)p - r) * 100 <= p;

    /// <summary>True when <paramref name="rounded"/> is a rounding of the more precise <paramref name="precise"/>.</summary>
    private static bool Restates(ClaimCandidate rounded, ClaimCandidate precise)
    {
        if (rounded.Unit <= precise.Unit || rounded.Claim.Figure is not { } r || precise.Claim.Figure is not { } p || r == p)
        {
            return false;
        }

        return Math.Abs(p - r) * 2 < rounded.Unit || p / rounded.Unit * rounded.Unit == r;
    }
}
