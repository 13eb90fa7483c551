using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Numbers;

namespace MobilizationTracker.Extraction.Tests.Numbers;

public sealed class KindClassifierTests
{
    [Theory]
    [InlineData("Russia plans to recruit 300,000 soldiers.", ClaimKind.Target)]
    [InlineData("The ministry aims to sign contracts with 400,000 professional soldiers.", ClaimKind.Target)]
    [InlineData("The Kremlin will seek 200,000 new recruits.", ClaimKind.Target)]
    [InlineData("Putin signed a decree calling up 147,000 conscripts for the spring draft.", ClaimKind.Target)]
    [InlineData("In 2022, 147,000 conscripts were called up in the autumn draft.", ClaimKind.Target)]
    [InlineData("Of the 320 thousand people called up in September-October, half entered the troops.", ClaimKind.Count)]
    [InlineData("Some men have been called to training, including approximately 100 men in Tyumen.", ClaimKind.Count)]
    [InlineData("Medvedev said 280,000 people had signed contracts with the army this year.", ClaimKind.Count)]
    [InlineData("Over 452,000 people signed military contracts between January 1 and December 25.", ClaimKind.Count)]
    [InlineData("Russia has completed its partial mobilization after calling up 300,000 reservists.", ClaimKind.Count)]
    [InlineData("Putin approved plans to increase the size of the army by 350,000 people.", ClaimKind.ForceSize)]
    [InlineData("Russia's military is estimated at 1.15 million personnel.", ClaimKind.ForceSize)]
    [InlineData("Russia wants a 1.5 million-strong army.", ClaimKind.ForceSize)]
    [InlineData("In September 2022, the partial mobilization drafted some 300,000 reservists.", ClaimKind.Count)]
    [InlineData("Shoigu said the armed forces would be increased to 1.5 million personnel by 2026.", ClaimKind.ForceSize)]
    [InlineData("Putin ordered the armed forces to grow by 180,000 troops.", ClaimKind.ForceSize)]
    [InlineData("Putin said that 1,500 more were signing up each day.", ClaimKind.Rate)]
    [InlineData("North Korea has sent about 10,000 soldiers to Russia for training.", ClaimKind.Count)]
    [InlineData("The Kremlin has planned a call-up of 150,000 reservists.", ClaimKind.Target)]
    [InlineData("Russia recruits about 30,000 soldiers a month.", ClaimKind.Rate)]
    [InlineData("Enlistment fell to 500-600 people per day.", ClaimKind.Rate)]
    [InlineData("The new staffing table set the armed forces at 1,900,000 people.", ClaimKind.ForceSize)]
    [InlineData("The order tells the navy to add 12,000 troops over two years.", ClaimKind.ForceSize)]
    [InlineData("The minister put the number at 95,000 new contract soldiers.", ClaimKind.Count)]
    [InlineData("The mobilization brought 42,000 men into the ranks, officials said.", ClaimKind.Count)]
    [InlineData("The plan under which 60,000 reservists were to be called up was shelved.", ClaimKind.Target)]
    [InlineData("At least 260 men were taken from two mountain villages overnight.", ClaimKind.Count)]
    [InlineData("The town office had issued 8,200 summonses by Friday.", ClaimKind.Count)]
    [InlineData("Officials said 200 to 300 new contracts were being signed every day.", ClaimKind.Rate)]
    [InlineData("Russia aims to recruit 10,000 new soldiers per month.", ClaimKind.Rate)]
    [InlineData("The autumn draft opens next week, weeks after Putin raised the military size to 1.9 million personnel.", ClaimKind.ForceSize)]
    [InlineData("The autumn draft will call up 140,000 conscripts, although the army size keeps growing.", ClaimKind.Target)]
    [InlineData("He said \"8,000 to 9,000 men willingly\" visit the recruiting centres each week.", ClaimKind.Rate)]
    [InlineData("The minister announced that some 95,000 men have signed contracts since the start of the year.", ClaimKind.Count)]
    [InlineData("Most of the foreign recruits came from Central Asia (640 people).", ClaimKind.Count)]
    [InlineData("The researcher says the number of recruits is at least 3,000.", ClaimKind.Count)]
    public void The_words_around_a_figure_give_its_kind(string sentence, ClaimKind expected)
    {
        var figure = FigureReader.Read(sentence).First();

        figure.Kind.Should().Be(expected);
    }
}
