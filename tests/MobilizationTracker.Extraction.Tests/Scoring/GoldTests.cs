using MobilizationTracker.Extraction.Model;
using Xunit.Abstractions;

namespace MobilizationTracker.Extraction.Tests.Scoring;

public sealed class GoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_articles_meet_the_figure_and_field_thresholds()
    {
        var total = new Score();
        foreach (var article in GoldRun.Articles)
        {
            var result = GoldRun.Extract(article);
            var score = GoldScorer.ScoreArticle(
                article.Claims.Select(GoldRun.ToScored).ToList(),
                result.Claims.Select(GoldRun.ToScored).ToList());
            output.WriteLine($"{article.File}: gold {score.Gold}, extracted {score.Extracted}, matched {score.Matched}");
            foreach (var c in result.Claims)
            {
                output.WriteLine($"  {c.Figure}{c.Low}-{c.High} {c.Qualifier.ToToken()} {c.Kind.ToToken()} {c.Source} {Tokens.FormatClaimDate(c.ClaimDate, c.ClaimDatePrecision)} [{string.Join(',', c.Regions)}] denied={c.Denied} by={c.DeniedBy}");
            }

            total += score;
        }

        output.WriteLine(total.ToTable());

        total.F1.Should().BeGreaterThanOrEqualTo(0.95);
        total.Share(total.SourceRight).Should().BeGreaterThanOrEqualTo(0.9);
        total.Share(total.ClaimDateRight).Should().BeGreaterThanOrEqualTo(0.9);
        total.Share(total.KindRight).Should().BeGreaterThanOrEqualTo(0.9);
        total.Share(total.RegionsRight).Should().BeGreaterThanOrEqualTo(0.9);
        total.Share(total.DeniedRight).Should().BeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Noise_figures_listed_in_gold_never_become_claims()
    {
        foreach (var article in GoldRun.Articles)
        {
            var result = GoldRun.Extract(article);

            var figures = result.Claims.SelectMany(c => new long?[] { c.Figure, c.Low, c.High }).OfType<long>();
            figures.Should().NotIntersectWith(article.Noise, because: $"{article.File} lists them as noise");
        }
    }

    [Fact]
    public void Seed_article_regions_match_gold()
    {
        foreach (var article in GoldRun.Articles)
        {
            var result = GoldRun.Extract(article);

            result.Regions.Should().BeEquivalentTo(article.Regions, because: article.File);
        }
    }

    [Fact]
    public void Every_evidence_is_the_cleaned_text_at_its_offsets()
    {
        foreach (var article in GoldRun.Articles)
        {
            var result = GoldRun.Extract(article);

            foreach (var claim in result.Claims)
            {
                result.CleanedText.Substring(claim.EvidenceStart, claim.EvidenceLength).Should().Be(claim.Evidence);
            }
        }
    }
}
