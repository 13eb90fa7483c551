using MobilizationTracker.Extraction.Regions;

namespace MobilizationTracker.Extraction.Tests.Regions;

public sealed class RegionFinderTests
{
    [Fact]
    public void A_list_of_oblasts_gives_each_region()
    {
        var sentence = "Offices sent summons to men in Lipetsk, Tyumen, Sverdlovsk, Penza, and Voronezh oblasts, as well as Krasnodar Krai.";

        RegionFinder.Find(sentence).Select(r => r.Code).Should().Equal("RU-LIP", "RU-TYU", "RU-SVE", "RU-PNZ", "RU-VOR", "RU-KDA");
    }

    [Theory]
    [InlineData("Russia is planning to recruit 300,000 soldiers for a renewed offensive to seize the Ukrainian city of Kharkiv.")]
    [InlineData("Reservists will free up soldiers to mount an offensive on Ukraine's second city Kharkiv.")]
    public void A_battle_target_is_not_a_region(string sentence)
    {
        RegionFinder.Find(sentence).Should().BeEmpty();
    }

    [Fact]
    public void A_venue_the_speaker_spoke_at_is_not_a_region()
    {
        RegionFinder.Find("Speaking at an investment summit in Kazan, the minister said 20,000 had signed up.").Should().BeEmpty();
        RegionFinder.Find("Recruiters in Kazan said 2,000 had signed up.").Select(r => r.Code).Should().Equal("RU-TA");
    }

    [Fact]
    public void A_dateline_is_not_a_region()
    {
        RegionFinder.Find("KAZAN, May 3 (Reuters) - The minister said 20,000 had signed up.").Should().BeEmpty();
    }

    [Fact]
    public void Moscow_standing_for_the_government_is_not_a_region()
    {
        RegionFinder.Find("Peskov denied Moscow's plans for a second wave of mobilization.").Should().BeEmpty();
        RegionFinder.Find("Summonses were handed out in Moscow.").Select(r => r.Code).Should().Equal("RU-MOW");
        RegionFinder.Find("Recruitment centres opened in St. Petersburg and Moscow.").Select(r => r.Code).Should().Equal("RU-SPE", "RU-MOW");
    }

    [Fact]
    public void Evidence_offsets_point_at_the_name()
    {
        var sentence = "Mobilization intensified throughout the Crimean peninsula.";

        var region = RegionFinder.Find(sentence).Single();

        sentence.Substring(region.Start, region.Length).Should().Be("Crimean peninsula");
        region.Code.Should().Be("UA-43");
    }
}
