using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Numbers;

namespace MobilizationTracker.Extraction.Tests.Numbers;

public sealed class FigureReaderTests
{
    [Theory]
    [InlineData("Russia plans to hire 400,000 professional soldiers.", 400000)]
    [InlineData("We require a further 300,000 pairs of boots on the ground.", 300000)]
    [InlineData("The Defense Ministry confirmed the 300,000 recruitment target.", 300000)]
    [InlineData("Putin announced a mobilization of 300,000 reservists.", 300000)]
    [InlineData("Some 1,000 signed contracts from April 1 to 10.", 1000)]
    [InlineData("Russia wants a 1.5 million-strong army.", 1500000)]
    [InlineData("Including approximately one-hundred men called to training camps.", 100)]
    [InlineData("Putin said that 1,500 more were signing up each day.", 1500)]
    [InlineData("Russia's recruitment rate has been stable at around 30,000 per month.", 30000)]
    [InlineData("The total size of the Russian military, including civilian staff, will be 2.38 million.", 2380000)]
    [InlineData("Putin ordered a 137,000 increase of the armed forces.", 137000)]
    [InlineData("The enlistment office has handed out 8,200 summonses in the town this month.", 8200)]
    [InlineData("Officials sent some 640 draft notices to workers at the plant.", 640)]
    [InlineData("Roughly 380 new contracts were signed in the region last week.", 380)]
    [InlineData("At least 260 men were taken from two mountain villages overnight.", 260)]
    [InlineData("Call-up papers reached 45 fathers of young children in the town.", 45)]
    [InlineData("About 700 local men have already joined the volunteer battalions.", 700)]
    public void Figures_of_people_being_recruited_are_read(string sentence, long expected)
    {
        var figures = FigureReader.Read(sentence);

        figures.Should().ContainSingle().Which.Mention.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("We're 300,000 snouts short, one source said.")]
    [InlineData("Since July 1, 2024, we have disabled all ads.")]
    [InlineData("'Mobilisation 2.0' is being rolled out.")]
    [InlineData("Two men were detained at a protest.")]
    [InlineData("The drone strike killed 24 people and wounded more than 50.")]
    [InlineData("Russia has accumulated around 200 troops within Pokrovsk.")]
    [InlineData("Recruitment centers were handling around 1,600 applications a day.")]
    [InlineData("Some 3,000 men joined the march through the city centre.")]
    [InlineData("The firm signed 40 supply deals with the regional government.")]
    public void Numbers_that_are_not_recruitment_figures_are_not_read(string sentence)
    {
        FigureReader.Read(sentence).Should().BeEmpty();
    }

    [Fact]
    public void A_bare_figure_continuing_a_change_takes_the_first_figures_kind()
    {
        var figures = FigureReader.Read("The number of people enlisting fell from between 500-600 people per day to just 20-30.");

        figures.Should().HaveCount(2);
        figures[1].Mention.Low.Should().Be(20);
        figures[1].Mention.High.Should().Be(30);
        figures[1].Kind.Should().Be(ClaimKind.Rate);
    }

    [Fact]
    public void A_figure_in_a_sentence_about_the_front_is_still_read_when_it_is_not_itself_at_the_front()
    {
        var figures = FigureReader.Read("Romanova estimated that around 49,000 inmates had been recruited by Wagner and that only about 10,000 remained at the front.");

        figures.Select(f => f.Mention.Value).Should().Equal(49000);
    }

    [Fact]
    public void An_earlier_figure_after_up_from_is_read_with_the_same_kind()
    {
        var figures = FigureReader.Read("Putin signed a decree ordering 160,000 men to be called up for compulsory military service, up from 150,000 in the spring.");

        figures.Select(f => f.Mention.Value).Should().Equal(160000, 150000);
    }

    [Fact]
    public void A_resulting_size_after_an_increase_is_a_force_size_with_its_own_qualifier()
    {
        var figures = FigureReader.Read("Putin approved plans to increase the size of the army by 350 thousand people, up to 1.5 million.");

        figures.Select(f => f.Mention.Value).Should().Equal(350000, 1500000);
        figures.Should().OnlyContain(f => f.Kind == ClaimKind.ForceSize);
        figures[1].Qualifier.Should().Be(Qualifier.UpTo);
    }
}
