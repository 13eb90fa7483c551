using MobilizationTracker.Extraction.Denials;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Denials;

public sealed class DenialScopeTests
{
    private static readonly DateOnly Published = new(2023, 1, 25);
    private static readonly FoundDenial Plans = new("Dmitry Peskov", "Peskov denied plans for a second wave.", DenialKind.Plans, 9, 0, 10);
    private static readonly FoundDenial Away = new("local authorities", "They are only updating data.", DenialKind.ExplainingAway, 2, 0, 10);

    [Fact]
    public void A_denial_of_a_second_wave_covers_targets_even_when_printed_later()
    {
        DenialScope.Covers(ClaimKind.Target, "Russia plans to hire 400,000 soldiers.", [Plans], Published).Should().Be((true, "Dmitry Peskov"));
    }

    [Theory]
    [InlineData(ClaimKind.ForceSize)]
    [InlineData(ClaimKind.Rate)]
    [InlineData(ClaimKind.Count)]
    public void A_denial_of_plans_does_not_cover_counts_rates_or_force_sizes(ClaimKind kind)
    {
        DenialScope.Covers(kind, "Russia has 1.5 million troops.", [Plans], Published).Denied.Should().BeFalse();
    }

    [Fact]
    public void A_denial_of_plans_does_not_cover_routine_conscription()
    {
        DenialScope.Covers(ClaimKind.Target, "Putin called up 147,000 conscripts in the spring draft.", [Plans], Published).Denied.Should().BeFalse();
    }

    [Fact]
    public void Explaining_away_covers_current_counts_and_names_the_main_denier()
    {
        DenialScope.Covers(ClaimKind.Count, "Some 100 men have been called to training.", [Away, Plans], Published).Should().Be((true, "Dmitry Peskov"));
    }

    [Fact]
    public void Explaining_away_does_not_cover_counts_of_an_earlier_mobilization()
    {
        DenialScope.Covers(ClaimKind.Count, "Of the 320 thousand people called up in September-October, half entered the troops.", [Away], Published).Denied.Should().BeFalse();
    }

    [Fact]
    public void Explaining_away_covers_a_count_from_last_month()
    {
        var published = new DateOnly(2024, 5, 6);

        DenialScope.Covers(ClaimKind.Count, "At least 600 residents were forcibly mobilized in April alone.", [Away], published).Denied.Should().BeTrue();
    }
}
