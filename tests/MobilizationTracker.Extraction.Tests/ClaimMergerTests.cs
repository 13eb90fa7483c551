using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests;

public sealed class ClaimMergerTests
{
    [Fact]
    public void A_rounded_restatement_merges_into_the_precise_value()
    {
        var merged = ClaimMerger.Merge([Candidate(422000, "Rosstat", 0, unit: 1000), Candidate(422704, "Rosstat", 100)]);

        merged.Should().ContainSingle().Which.Claim.Figure.Should().Be(422704);
    }

    [Fact]
    public void One_figure_several_hedges_keeps_the_first_qualifier()
    {
        var merged = ClaimMerger.Merge([Candidate(300000, "Verstka", 0, Qualifier.Approx), Candidate(300000, "Verstka", 50)]);

        merged.Should().ContainSingle().Which.Claim.Qualifier.Should().Be(Qualifier.Approx);
    }

    [Fact]
    public void The_same_figure_from_two_sources_is_two_claims()
    {
        var merged = ClaimMerger.Merge([Candidate(300000, "Verstka", 0), Candidate(300000, "Mediazona", 50)]);

        merged.Should().HaveCount(2);
    }

    [Fact]
    public void A_headline_restating_a_body_figure_goes()
    {
        var merged = ClaimMerger.Merge([Candidate(300000, "Novaya Gazeta Europe", 0, headline: true), Candidate(300000, "Verstka", 50)]);

        merged.Should().ContainSingle().Which.Claim.Source.Should().Be("Verstka");
    }

    [Fact]
    public void A_headline_figure_absent_from_the_body_stays()
    {
        var merged = ClaimMerger.Merge([Candidate(500000, "Reuters", 0, headline: true), Candidate(300000, "Verstka", 50)]);

        merged.Should().HaveCount(2);
    }

    [Fact]
    public void A_round_headline_figure_within_one_percent_of_the_body_figure_goes()
    {
        var merged = ClaimMerger.Merge([Candidate(120000, "Meduza", 0, headline: true), Candidate(120600, "Sergei Shoigu", 50)]);

        merged.Should().ContainSingle().Which.Claim.Figure.Should().Be(120600);
    }

    [Fact]
    public void A_round_headline_figure_further_than_one_percent_from_the_body_figure_stays()
    {
        var merged = ClaimMerger.Merge([Candidate(120000, "Meduza", 0, headline: true), Candidate(125000, "Sergei Shoigu", 50)]);

        merged.Should().HaveCount(2);
    }

    [Fact]
    public void Sixty_thousand_figures_merge_within_the_budget()
    {
        // Every figure twice (a repeat) and a rounded restatement of every tenth: n log n finishes
        // long before the article's budget; the quadratic merger took about a minute.
        var candidates = new List<ClaimCandidate>();
        for (var i = 0; i < 60_000; i++)
        {
            var figure = 10_000 + (i * 37);
            candidates.Add(Candidate(figure, "Source " + (i % 50), i * 3));
            candidates.Add(Candidate(figure, "Source " + (i % 50), (i * 3) + 1));
            if (i % 10 == 0)
            {
                candidates.Add(Candidate(figure / 1000 * 1000, "Source " + (i % 50), (i * 3) + 2, unit: 1000));
            }
        }

        using var budget = new CancellationTokenSource(ExtractionOptions.Default.Budget);
        var merged = ClaimMerger.Merge(candidates, budget.Token);

        merged.Should().HaveCount(60_000);
        merged.Should().BeInAscendingOrder(c => c.Claim.EvidenceStart);
    }

    [Fact]
    public void A_rounded_restatement_from_another_source_stays()
    {
        var merged = ClaimMerger.Merge([Candidate(422000, "Meduza", 0, unit: 1000), Candidate(422704, "Rosstat", 100)]);

        merged.Should().HaveCount(2);
    }

    [Fact]
    public void A_figure_rounded_down_to_its_unit_is_a_restatement()
    {
        var merged = ClaimMerger.Merge([Candidate(1500000, "Shoigu", 0, unit: 100000), Candidate(1550000, "Shoigu", 100, unit: 10000)]);

        merged.Should().ContainSingle().Which.Claim.Figure.Should().Be(1550000);
    }

    private static ClaimCandidate Candidate(int figure, string source, int start, Qualifier qualifier = Qualifier.Exact, long unit = 1, bool headline = false) =>
        new(new ExtractedClaim { Figure = figure, Source = source, Qualifier = qualifier, Evidence = "x", EvidenceStart = start, EvidenceLength = 1 }, headline, unit);
}
