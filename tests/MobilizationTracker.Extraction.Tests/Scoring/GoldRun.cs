using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Scoring;

/// <summary>Runs the extractor over the seed articles named in seeds/gold.json (linked into the test output).</summary>
public static class GoldRun
{
    public static string SeedsPath => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IReadOnlyList<GoldArticle> Articles => GoldArticle.Load(Path.Combine(SeedsPath, "gold.json"));

    public static ExtractionResult Extract(GoldArticle article, ClaimExtractor? extractor = null)
    {
        var input = new ArticleInput
        {
            Content = File.ReadAllBytes(Path.Combine(SeedsPath, article.File)),
            FileName = article.File,
            Outlet = article.Outlet,
            Title = article.Title,
            Url = article.Url,
            Published = Tokens.TryParseDate(article.Published, out var published) ? published : null,
        };
        return (extractor ?? new ClaimExtractor()).Extract(input);
    }

    public static ScoredClaim ToScored(ExtractedClaim c) =>
        new(c.Figure, c.Low, c.High, c.Source, Tokens.FormatClaimDate(c.ClaimDate, c.ClaimDatePrecision), c.Kind.ToToken(), c.Regions, c.Denied);

    public static ScoredClaim ToScored(GoldClaim c) =>
        new(c.Figure, c.Low, c.High, c.Source ?? "", c.ClaimDate ?? "", c.Kind ?? "", c.Regions, c.Denied);
}
