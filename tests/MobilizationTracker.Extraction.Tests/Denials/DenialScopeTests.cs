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

    [Fact]
    public void A_denial_of_a_new_wave_does_not_cover_the_target_of_an_earlier_mobilization()
    {
        DenialScope.Covers(ClaimKind.Target, "The 2022 partial mobilization called for 300,000 men.", [Plans], Published).Denied.Should().BeFalse();
        DenialScope.Covers(ClaimKind.Target, "The ministry set a target of 90,000 men in 2021.", [Plans], Published).Denied.Should().BeFalse();
    }

    [Fact]
    public void A_denial_of_a_new_wave_covers_a_forecast_to_mobilize_conscripts()
    {
        DenialScope.Covers(ClaimKind.Target, "Analysts say the Kremlin wants to mobilize 250,000 conscripts next.", [Plans], Published).Denied.Should().BeTrue();
    }

    [Fact]
    public void A_denial_that_dismisses_one_report_covers_only_the_claims_of_that_report()
    {
        var dismissal = new FoundDenial("Kremlin", "The Kremlin dismissed Verstka's report.", DenialKind.Plans, 4, 0, 10, "Verstka");

        DenialScope.Covers(ClaimKind.Target, "Russia plans to draft 800,000 men.", [dismissal], Published, "Verstka").Denied.Should().BeTrue();
        DenialScope.Covers(ClaimKind.Target, "Russia plans to draft 200,000 men.", [dismissal], Published, "Sergei Shoigu").Denied.Should().BeFalse();
    }

    [Fact]
    public void An_assurance_that_recruits_stay_home_covers_targets_but_not_counts()
    {
        var assurance = new FoundDenial("governor", "The governor insists they will not be sent to the front.", DenialKind.NotForTheWar, 3, 0, 10);

        DenialScope.Covers(ClaimKind.Target, "Critics say the drive aims to gather 20,000 men for the war.", [assurance], Published).Denied.Should().BeTrue();
        DenialScope.Covers(ClaimKind.Count, "About 400 men have joined the home guard.", [assurance], Published).Denied.Should().BeFalse();
    }
}
