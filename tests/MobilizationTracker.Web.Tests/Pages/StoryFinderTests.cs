using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Pages.Compare;
using MobilizationTracker.Web.Tests.Export;

namespace MobilizationTracker.Web.Tests.Pages;

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
    }

    [Fact]
    public void Figures_within_five_percent_and_overlapping_ranges_match()
    {
        var a = ClaimRows.Make(id: 1, figure: 300000, outlet: "A");
        var b = ClaimRows.Make(id: 2, figure: 310000, outlet: "B", qualifier: Qualifier.Approx);
        var c = ClaimRows.Make(id: 3, figure: null, low: 290000, high: 320000, outlet: "C");

        var stories = StoryFinder.Find([a, b, c]);

        stories.Should().ContainSingle().Which.Relays.Should().HaveCount(2);
        stories[0].Low.Should().Be(290000);
        stories[0].High.Should().Be(320000);
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
