using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Numbers;

namespace MobilizationTracker.Extraction.Tests.Numbers;

/// <summary>English figures real reporting writes that the reader used to miss or take (issue 9), in sentences of our own.</summary>
public sealed class EnglishFigurePatternTests
{
    [Theory]
    [InlineData("The decree lifts the army's strength to 2.209 million personnel.", 2209000)]
    [InlineData("Officials hope to enlist 120,000 more russians by the summer.", 120000)]
    [InlineData("Some 45,000 individuals applied to sign service agreements with the ministry.", 45000)]
    [InlineData("The ministry said the spring draft target was only 150,000.", 150000)]
    [InlineData("The region recruited 12,000 volunteers, and 3,000 of them are still in training.", 12000)]
    public void Figures_written_in_these_ways_are_read(string sentence, long first)
    {
        FigureReader.Read(sentence).Select(f => f.Mention.Value).Should().Contain(first);
    }

    [Fact]
    public void A_noun_left_out_after_a_list_is_the_same_noun()
    {
        var figures = FigureReader.Read("Governors were told to sign up 8,000 volunteers in Omsk and 6,000 in Tomsk.");

        figures.Select(f => f.Mention.Value).Should().Equal(8000, 6000);
    }

    [Fact]
    public void From_one_size_to_another_gives_both_sizes()
    {
        var figures = FigureReader.Read("The decree raised the size of the army from 1.1 million to 1.25 million.");

        figures.Select(f => f.Mention.Value).Should().Equal(1100000, 1250000);
        figures.Should().OnlyContain(f => f.Kind == ClaimKind.ForceSize);
    }

    [Fact]
    public void The_later_of_two_sizes_in_a_list_keeps_its_figure()
    {
        var figures = FigureReader.Read("The plan is to increase the size of the armed forces to 1.25 million this year and 1.4 million later.");

        figures.Select(f => f.Mention.Value).Should().Equal(1250000, 1400000);
    }

    [Theory]
    [InlineData("Monitors have counted the deaths of about 40,000 Russian soldiers so far.")]
    [InlineData("Kyiv says Russia has lost approximately 500,000 military personnel since the invasion.")]
    [InlineData("Supplies for the 150,000-strong Russian force in Ukraine cost billions.")]
    [InlineData("The ministry counts 20 million Russians aged 18 to 50 as potential candidates for contract service.")]
    public void Losses_the_invasion_force_and_the_pool_are_not_claims(string sentence)
    {
        FigureReader.Read(sentence).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The army currently has a limit of about 1.1 million military personnel.", ClaimKind.ForceSize)]
    [InlineData("Putin ordered the call-up of 130,000 men for compulsory military service, enlarging the army.", ClaimKind.Target)]
    [InlineData("Some 90,000 people signed agreements with the army over the past six months.", ClaimKind.Count)]
    [InlineData("About 900 men join the army on a daily basis, the ministry says.", ClaimKind.Rate)]
    public void Kinds_follow_the_cue(string sentence, ClaimKind expected)
    {
        FigureReader.Read(sentence).Should().ContainSingle().Which.Kind.Should().Be(expected);
    }
}
