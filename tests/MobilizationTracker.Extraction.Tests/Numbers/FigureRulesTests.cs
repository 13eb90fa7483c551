using MobilizationTracker.Extraction.Numbers;

namespace MobilizationTracker.Extraction.Tests.Numbers;

public sealed class FigureRulesTests
{
    [Theory]
    [InlineData("This commitment costs us $10,000 a month.", "10,000")]
    [InlineData("Recruits are offered 195,000 rubles on signing.", "195,000")]
    [InlineData("Volunteers are paid 200,000 a month in salary.", "200,000")]
    public void Money_is_not_a_claim(string sentence, string number) => Check(sentence, number, RejectionReason.Money);

    [Theory]
    [InlineData("Putin secured over 87% of the votes.", "87")]
    [InlineData("Recruitment rose 15 percent among men.", "15")]
    public void Percentages_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.Percentage);

    [Theory]
    [InlineData("The partial mobilization was announced in September 2022.", "2022")]
    [InlineData("The goal is to be reached no later than 2026.", "2026")]
    public void Years_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.Year);

    [Theory]
    [InlineData("The source suggested March 25 as a key date for the mobilization.", "25")]
    [InlineData("The call-up starts on 1 April for reservists.", "1")]
    public void Days_of_the_month_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.DayOfMonth);

    [Fact]
    public void A_date_range_is_not_a_claim()
    {
        var sentence = "The plans follow the March 15-17 presidential election.";
        var mention = NumberFinder.Find(sentence).Single();

        FigureRules.Reject(sentence, mention).Should().Be(RejectionReason.DayOfMonth);
    }

    [Theory]
    [InlineData("Men aged 35 can be called up as reservists.", "35")]
    [InlineData("The 45-year-old reservists were called up.", "45")]
    [InlineData("The upper age for reservists will be raised to 45-50 next year.", "45-50")]
    [InlineData("Lawmakers want to lift the conscription age limit to 35.", "35")]
    public void Ages_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.Age);

    [Fact]
    public void Durations_are_not_claims() =>
        Check("The outlet has reported on Russia for over 30 years.", "30", RejectionReason.Duration);

    [Theory]
    [InlineData("Summonses were handed out in 6 Russian regions.", "6")]
    [InlineData("Sources in four regions said recruitment continues.", "four")]
    [InlineData("The ministry formed 14 new brigades of volunteers.", "14")]
    public void Counts_of_regions_and_units_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.RegionOrUnitCount);

    [Theory]
    [InlineData("Recruits joined military unit No. 71718 in Tver.", "71718")]
    [InlineData("Conscripts served in the 155th brigade.", "155")]
    public void Unit_numbers_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.UnitNumber);

    [Theory]
    [InlineData("The strike killed 24 people, including a child.", "24")]
    [InlineData("Russia has lost more than 300,000 soldiers, the ministry said.", "300,000")]
    [InlineData("Some 1,200 soldiers were killed or wounded in a day.", "1,200")]
    public void Casualties_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.Casualties);

    [Theory]
    [InlineData("Russia has accumulated around 200 troops within Pokrovsk, the General Staff reported.", "200")]
    [InlineData("Some 470,000 troops are deployed in occupied Ukraine.", "470,000")]
    [InlineData("Moscow has thrown 40,000 convicts into the war.", "40,000")]
    [InlineData("Russia will deploy an additional 40,000 troops near the border with Finland.", "40,000")]
    [InlineData("The Russian army now has 617,000 people in the zone of the special military operation.", "617,000")]
    [InlineData("Around 90,000 soldiers are taking part in the fighting near the river.", "90,000")]
    public void Troops_already_at_a_front_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.FrontTroops);

    [Fact]
    public void Recruits_for_deployment_are_not_troops_at_a_front()
    {
        var sentence = "The ministry plans to recruit 300,000 soldiers for deployment in Ukraine.";
        var mention = NumberFinder.Find(sentence).Single();

        FigureRules.Reject(sentence, mention).Should().BeNull();
    }

    [Theory]
    [InlineData("Russia has a 25 million mobilization resource, Shoigu said.", "25 million")]
    [InlineData("Russia has a reserve of 2 million men.", "2 million")]
    [InlineData("He spoke of the mobilization potential of the region, which he put at nearly 2 million men.", "2 million")]
    public void The_reserve_pool_is_not_a_claim(string sentence, string number) => Check(sentence, number, RejectionReason.ReservePool);

    [Theory]
    [InlineData("That is 50,000 more recruits than last year.", "50,000")]
    [InlineData("It leaves a shortfall of 100,000 soldiers.", "100,000")]
    public void Differences_between_figures_are_not_claims(string sentence, string number) => Check(sentence, number, RejectionReason.Difference);

    [Fact]
    public void People_who_fled_the_country_are_not_claims() =>
        Check("At least 700,000 people fled Russia after the mobilization was announced.", "700,000", RejectionReason.Emigration);

    [Fact]
    public void Detentions_are_not_claims() =>
        Check("Police detained more than 1,300 people at anti-mobilization protests.", "1,300", RejectionReason.Detentions);

    [Fact]
    public void Evacuees_are_not_claims() =>
        Check("Some 14,000 residents have been evacuated from villages near the border.", "14,000", RejectionReason.Evacuees);

    [Theory]
    [InlineData("Ukraine and Russia exchanged 95 soldiers in a prisoner swap.", "95")]
    [InlineData("More than 2,000 mobilized soldiers deserted from their units.", "2,000")]
    public void Prisoners_of_war_and_deserters_are_not_claims(string sentence, string number) =>
        Check(sentence, number, RejectionReason.PrisonersOrDeserters);

    private static void Check(string sentence, string number, RejectionReason expected)
    {
        var mention = NumberFinder.Find(sentence).Single(m => sentence.Substring(m.Start, m.Length).StartsWith(number, StringComparison.Ordinal));

        FigureRules.Reject(sentence, mention).Should().Be(expected);
    }
}
