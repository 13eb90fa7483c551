using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Stories;
using MobilizationTracker.Web.Tests.Export;

namespace MobilizationTracker.Web.Tests.Stories;

public sealed class StoryFinderTests
{
    [Fact]
    public void Same_figure_and_kind_from_two_outlets_within_the_window_is_a_story_led_by_the_earliest()
    {
        var first = ClaimRows.Make(id: 1, figure: 300000, outlet: "Verstka", source: "Verstka", date: new DateOnly(2024, 3, 1));
        var relay = ClaimRows.Make(id: 2, figure: 300000, outlet: "The Moscow Times", source: "Verstka", date: new DateOnly(2024, 3, 5));

        var stories = StoryFinder.Find([relay, first]);

        stories.Should().ContainSingle();
        stories[0].First.ClaimId.Should().Be(1);
        stories[0].Relays.Select(r => r.ClaimId).Should().Equal(2);
        stories[0].OtherSources.Should().BeEmpty();
    }

    [Fact]
    public void Figures_that_agree_to_two_significant_digits_match_and_a_range_matches_when_both_bounds_round_alike()
    {
        var a = ClaimRows.Make(id: 1, figure: 300000, outlet: "A");
        var b = ClaimRows.Make(id: 2, figure: 296000, outlet: "B", qualifier: Qualifier.Approx);
        var c = ClaimRows.Make(id: 3, figure: null, low: 295000, high: 304000, outlet: "C");
        var d = ClaimRows.Make(id: 4, figure: 310000, outlet: "D");

        var stories = StoryFinder.Find([a, b, c, d]);

        stories.Should().ContainSingle().Which.Claims.Select(r => r.ClaimId).Should().Equal(1, 2, 3);
        stories[0].Low.Should().Be(295000);
        stories[0].High.Should().Be(304000);
    }

    [Theory]
    [InlineData(296500, 300000)]
    [InlineData(304999, 300000)]
    [InlineData(305000, 310000)]
    [InlineData(1449, 1400)]
    [InlineData(87, 87)]
    public void Figures_round_half_up_to_two_significant_digits(int figure, long key) =>
        StoryFinder.Round(figure).Should().Be(key);

    [Fact]
    public void A_different_source_with_the_same_figure_is_a_second_source_not_a_relay()
    {
        var first = ClaimRows.Make(id: 1, figure: 20000, source: "Verstka", outlet: "Verstka", date: new DateOnly(2024, 5, 1));
        var relay = ClaimRows.Make(id: 2, figure: 20000, source: "Verstka", outlet: "Meduza", date: new DateOnly(2024, 5, 2));
        var second = ClaimRows.Make(id: 3, figure: 20000, source: "Mediazona", outlet: "Mediazona", date: new DateOnly(2024, 5, 3));
        var secondRelay = ClaimRows.Make(id: 4, figure: 20000, source: "mediazona", outlet: "RFE/RL", date: new DateOnly(2024, 5, 4));

        var story = StoryFinder.Find([first, relay, second, secondRelay]).Single();

        story.Relays.Select(r => r.ClaimId).Should().Equal(2);
        story.OtherSources.Should().ContainSingle();
        story.OtherSources[0].First.ClaimId.Should().Be(3);
        story.OtherSources[0].Relays.Select(r => r.ClaimId).Should().Equal(4);
        story.SourceCount.Should().Be(2);
    }

    [Theory]
    [InlineData(400000, ClaimKind.Target, 10)]
    [InlineData(300000, ClaimKind.Count, 10)]
    [InlineData(300000, ClaimKind.Target, 45)]
    public void Different_figure_kind_or_a_late_report_is_no_story(int figure, ClaimKind kind, int daysLater)
    {
        var a = ClaimRows.Make(id: 1, figure: 300000, outlet: "A", date: new DateOnly(2024, 3, 1));
        var b = ClaimRows.Make(id: 2, figure: figure, kind: kind, outlet: "B", date: new DateOnly(2024, 3, 1).AddDays(daysLater));

        StoryFinder.Find([a, b]).Should().BeEmpty();
    }

    [Fact]
    public void The_window_counts_from_the_first_report_and_a_later_claim_opens_the_next_story()
    {
        var rows = new[] { 0, 20, 35, 50 }.Select((day, i) =>
            ClaimRows.Make(id: i + 1, figure: 5000, outlet: "Outlet " + i, date: new DateOnly(2024, 1, 1).AddDays(day))).ToArray();

        var stories = StoryFinder.Find(rows);

        stories.Select(s => s.Claims.Select(r => r.ClaimId).ToArray()).Should().BeEquivalentTo([new[] { 3, 4 }, new[] { 1, 2 }], o => o.WithStrictOrdering());
    }

    [Fact]
    public void One_outlet_quoting_one_source_twice_is_no_story()
    {
        var a = ClaimRows.Make(id: 1, outlet: "A", source: "S", articleId: 1);
        var b = ClaimRows.Make(id: 2, outlet: "A", source: "S", articleId: 2);

        StoryFinder.Find([a, b]).Should().BeEmpty();
    }

    [Fact]
    public void Denials_are_listed_beside_the_story()
    {
        var a = ClaimRows.Make(id: 1, outlet: "A");
        var b = ClaimRows.Make(id: 2, outlet: "B", denied: true, deniedBy: "Dmitry Peskov");

        StoryFinder.Find([a, b]).Single().Denied.Select(d => d.DeniedBy).Should().Equal("Dmitry Peskov");
    }
}
