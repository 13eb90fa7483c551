using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Heldout;

/// <summary>
/// Scores one article as the spec's last section says: claims are matched by figure (value, or low
/// and high) one to one within the article; then source, claim date, kind, regions, denied (and the
/// qualifier) are compared over the matched pairs. Sources are compared after the registry's
/// normalisation, case-insensitively.
/// </summary>
internal static class HeldoutScorer
{
    public static HeldoutArticleScore Score(HeldoutArticle gold, ExtractionResult result, SourceRegistry sources)
    {
        var pool = result.Claims.ToList();
        var pairs = new List<(HeldoutClaim Gold, ExtractedClaim Found)>();
        var misses = new List<string>();
        foreach (var claim in gold.Claims)
        {
            var best = pool.Where(found => SameFigure(claim, found))
                .OrderByDescending(found => Agreement(claim, found, sources))
                .FirstOrDefault();
            if (best is null)
            {
                misses.Add($"{claim.Label} {claim.Kind} ({claim.Source}): \"{claim.Evidence}\"");
                continue;
            }

            pool.Remove(best);
            pairs.Add((claim, best));
        }

        var errors = pairs.SelectMany(p => FieldErrors(p.Gold, p.Found, sources)).ToList();
        if (!SameSet(gold.Regions, result.Regions))
        {
            errors.Add($"article regions: expected [{string.Join(",", gold.Regions)}], got [{string.Join(",", result.Regions)}]");
        }

        if (!string.Equals(result.Language, gold.Language, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"language: expected {gold.Language}, got {result.Language}");
        }

        return new HeldoutArticleScore
        {
            File = gold.File,
            Gold = gold.Claims.Count,
            Extracted = result.Claims.Count,
            Matched = pairs.Count,
            SourceRight = pairs.Count(p => SameSource(p.Gold.Source, p.Found.Source, sources)),
            ClaimDateRight = pairs.Count(p => DateOf(p.Found) == p.Gold.ClaimDate),
            KindRight = pairs.Count(p => p.Found.Kind.ToToken() == p.Gold.Kind),
            RegionsRight = pairs.Count(p => SameSet(p.Gold.Regions, p.Found.Regions)),
            DeniedRight = pairs.Count(p => p.Found.Denied == p.Gold.Denied),
            QualifierRight = pairs.Count(p => p.Found.Qualifier.ToToken() == p.Gold.Qualifier),
            LanguageRight = string.Equals(result.Language, gold.Language, StringComparison.OrdinalIgnoreCase),
            ArticleRegionsRight = SameSet(gold.Regions, result.Regions),
            Rejection = result.Rejection,
            Misses = misses,
            Extras = pool.Select(found => $"{LabelOf(found)} {found.Kind.ToToken()} ({found.Source}): \"{Shorten(found.Evidence)}\"").ToList(),
            FieldErrors = errors,
        };
    }

    private static bool SameFigure(HeldoutClaim gold, ExtractedClaim found) =>
        gold.Figure is { } figure
            ? found.Figure == figure
            : found.Figure is null && found.Low == gold.Low && found.High == gold.High;

    private static int Agreement(HeldoutClaim gold, ExtractedClaim found, SourceRegistry sources) =>
        (SameSource(gold.Source, found.Source, sources) ? 4 : 0)
        + (found.Kind.ToToken() == gold.Kind ? 2 : 0)
        + (DateOf(found) == gold.ClaimDate ? 1 : 0);

    private static IEnumerable<string> FieldErrors(HeldoutClaim gold, ExtractedClaim found, SourceRegistry sources)
    {
        if (!SameSource(gold.Source, found.Source, sources))
        {
            yield return $"{gold.Label} source: expected {gold.Source}, got {found.Source}";
        }

        if (DateOf(found) != gold.ClaimDate)
        {
            yield return $"{gold.Label} claim date: expected {gold.ClaimDate}, got {DateOf(found)}";
        }

        if (found.Kind.ToToken() != gold.Kind)
        {
            yield return $"{gold.Label} kind: expected {gold.Kind}, got {found.Kind.ToToken()}";
        }

        if (!SameSet(gold.Regions, found.Regions))
        {
            yield return $"{gold.Label} regions: expected [{string.Join(",", gold.Regions)}], got [{string.Join(",", found.Regions)}]";
        }

        if (found.Denied != gold.Denied)
        {
            yield return $"{gold.Label} denied: expected {gold.Denied}, got {found.Denied}";
        }

        if (found.Qualifier.ToToken() != gold.Qualifier)
        {
            yield return $"{gold.Label} qualifier: expected {gold.Qualifier}, got {found.Qualifier.ToToken()}";
        }
    }

    private static bool SameSource(string gold, string found, SourceRegistry sources) =>
        string.Equals(sources.Normalise(gold), sources.Normalise(found), StringComparison.OrdinalIgnoreCase);

    private static string DateOf(ExtractedClaim found) => Tokens.FormatClaimDate(found.ClaimDate, found.ClaimDatePrecision);

    private static bool SameSet(IReadOnlyList<string> expected, IReadOnlyList<string> actual) =>
        expected.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(actual);

    private static string LabelOf(ExtractedClaim found) =>
        found.Figure is { } figure ? $"{figure}" : $"{found.Low}-{found.High}";

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..87] + "...";
}
