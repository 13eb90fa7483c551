using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Scoring;

/// <summary>
/// Runs the extractor over annotated articles: seeds/gold.json (the seed articles, linked into the test
/// output) or Samples/invented.json (articles written for these tests in other outlets' styles).
/// </summary>
public sealed class GoldRun(string folder, string goldFile)
{
    public static GoldRun Seeds { get; } = new(Path.Combine(AppContext.BaseDirectory, "seeds"), "gold.json");

    public static GoldRun Invented { get; } = new(Path.Combine(AppContext.BaseDirectory, "Samples"), "invented.json");

    public IReadOnlyList<GoldArticle> Articles => GoldArticle.Load(Path.Combine(folder, goldFile));

    public ExtractionResult Extract(GoldArticle article, ClaimExtractor? extractor = null)
    {
        var input = new ArticleInput
        {
            Content = File.ReadAllBytes(Path.Combine(folder, article.File)),
            FileName = article.File,
            Outlet = article.Outlet,
            Title = article.Title,
            Url = article.Url,
            Published = Tokens.TryParseDate(article.Published, out var published) ? published : null,
        };
        return (extractor ?? new ClaimExtractor()).Extract(input);
    }

    /// <summary>Scores every article and adds the scores up; <paramref name="log"/> gets one line per claim.</summary>
    public Score ScoreAll(Action<string> log)
    {
        var total = new Score();
        foreach (var article in Articles)
        {
            var result = Extract(article);
            var score = GoldScorer.ScoreArticle(article.Claims.Select(ToScored).ToList(), result.Claims.Select(ToScored).ToList());
            log($"{article.File}: gold {score.Gold}, extracted {score.Extracted}, matched {score.Matched}");
            foreach (var c in result.Claims)
            {
                log($"  {c.Figure}{c.Low}-{c.High} {c.Qualifier.ToToken()} {c.Kind.ToToken()} | {c.Source} | {Tokens.FormatClaimDate(c.ClaimDate, c.ClaimDatePrecision)} [{string.Join(',', c.Regions)}] denied={c.Denied} {c.DeniedBy}");
            }

            total += score;
        }

        return total;
    }

    public static ScoredClaim ToScored(ExtractedClaim c) =>
        new(c.Figure, c.Low, c.High, c.Source, Tokens.FormatClaimDate(c.ClaimDate, c.ClaimDatePrecision), c.Kind.ToToken(), c.Regions, c.Denied);

    public static ScoredClaim ToScored(GoldClaim c) =>
        new(c.Figure, c.Low, c.High, c.Source ?? "", c.ClaimDate ?? "", c.Kind ?? "", c.Regions, c.Denied);
}
