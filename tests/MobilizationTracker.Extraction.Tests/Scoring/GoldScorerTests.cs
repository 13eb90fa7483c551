namespace MobilizationTracker.Extraction.Tests.Scoring;

public sealed class GoldScorerTests
{
    private static readonly ScoredClaim Verstka = new(300000, null, null, "Verstka", "2024-03-22", "target", ["RU"], false);
    private static readonly ScoredClaim Mediazona = Verstka with { Source = "Mediazona" };
    private static readonly ScoredClaim Rate = new(null, 500, 600, "Verstka", "2024-03-22", "rate", ["RU"], false);

    [Fact]
    public void Identical_claims_score_perfectly()
    {
        var score = GoldScorer.ScoreArticle([Verstka, Rate], [Verstka, Rate]);

        score.F1.Should().Be(1);
        score.Share(score.SourceRight).Should().Be(1);
    }

    [Fact]
    public void A_wrong_extra_claim_lowers_precision_and_F1()
    {
        var score = GoldScorer.ScoreArticle([Verstka], [Verstka, Verstka with { Figure = 2022 }]);

        score.Precision.Should().Be(0.5);
        score.F1.Should().BeLessThan(1);
    }

    [Fact]
    public void A_missed_claim_lowers_recall()
    {
        var score = GoldScorer.ScoreArticle([Verstka, Rate], [Verstka]);

        score.Recall.Should().Be(0.5);
    }

    [Fact]
    public void A_range_matches_only_by_low_and_high()
    {
        var score = GoldScorer.ScoreArticle([Rate], [Rate with { High = 700 }]);

        score.Matched.Should().Be(0);
    }

    [Fact]
    public void Same_figure_from_two_sources_matches_each_to_its_source()
    {
        var score = GoldScorer.ScoreArticle([Verstka, Mediazona], [Mediazona, Verstka]);

        score.Matched.Should().Be(2);
        score.SourceRight.Should().Be(2);
    }

    [Fact]
    public void Wrong_fields_of_a_matched_claim_are_counted_per_field()
    {
        var wrong = Verstka with { Source = "The Moscow Times", ClaimDate = "2024-03", Kind = "count", Regions = ["RU-VOR"], Denied = true };

        var score = GoldScorer.ScoreArticle([Verstka], [wrong]);

        score.Matched.Should().Be(1);
        (score.SourceRight + score.ClaimDateRight + score.KindRight + score.RegionsRight + score.DeniedRight).Should().Be(0);
    }

    [Fact]
    public void The_table_names_every_measure()
    {
        var table = GoldScorer.ScoreArticle([Verstka], [Verstka]).ToTable();

        table.Should().Contain("figure F1").And.Contain("source right").And.Contain("denied right");
    }
}
