using Xunit.Abstractions;

namespace MobilizationTracker.Extraction.Tests.Scoring;

public sealed class GoldTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed_articles_meet_the_figure_and_field_thresholds()
    {
        var total = GoldRun.Seeds.ScoreAll(output.WriteLine);

        output.WriteLine(total.ToTable());
        total.F1.Should().BeGreaterThanOrEqualTo(0.95);
        total.Share(total.SourceRight).Should().BeGreaterThanOrEqualTo(0.9);
        total.Share(total.ClaimDateRight).Should().BeGreaterThanOrEqualTo(0.9);
        total.Share(total.KindRight).Should().BeGreaterThanOrEqualTo(0.9);
        total.Share(total.RegionsRight).Should().BeGreaterThanOrEqualTo(0.9);
        total.Share(total.DeniedRight).Should().BeGreaterThanOrEqualTo(0.9);
    }

    [Fact]
    public void Invented_articles_in_other_outlets_styles_reach_the_unseen_article_aim()
    {
        var total = GoldRun.Invented.ScoreAll(output.WriteLine);

        output.WriteLine(total.ToTable());
        total.F1.Should().BeGreaterThanOrEqualTo(0.85);
        total.Share(total.SourceRight).Should().BeGreaterThanOrEqualTo(0.8);
        total.Share(total.KindRight).Should().BeGreaterThanOrEqualTo(0.8);
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Noise_figures_listed_in_gold_never_become_claims(string run)
    {
        var gold = Run(run);
        foreach (var article in gold.Articles)
        {
            var result = gold.Extract(article);

            var figures = result.Claims.SelectMany(c => new long?[] { c.Figure, c.Low, c.High }).OfType<long>();
            figures.Should().NotIntersectWith(article.Noise, because: $"{article.File} lists them as noise");
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Article_regions_match_gold(string run)
    {
        var gold = Run(run);
        foreach (var article in gold.Articles)
        {
            var result = gold.Extract(article);

            result.Regions.Should().BeEquivalentTo(article.Regions, because: article.File);
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Article_language_matches_gold(string run)
    {
        var gold = Run(run);
        foreach (var article in gold.Articles)
        {
            gold.Extract(article).Language.Should().Be(article.Language, because: article.File);
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Every_evidence_is_the_cleaned_text_at_its_offsets(string run)
    {
        var gold = Run(run);
        foreach (var article in gold.Articles)
        {
            var result = gold.Extract(article);

            foreach (var claim in result.Claims)
            {
                result.CleanedText.Substring(claim.EvidenceStart, claim.EvidenceLength).Should().Be(claim.Evidence);
            }
        }
    }

    public static TheoryData<string> Runs => new() { "seeds", "invented" };

    private static GoldRun Run(string name) => name == "seeds" ? GoldRun.Seeds : GoldRun.Invented;
}
