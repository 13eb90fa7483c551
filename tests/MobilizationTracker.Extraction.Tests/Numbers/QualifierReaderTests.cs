using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Numbers;

namespace MobilizationTracker.Extraction.Tests.Numbers;

public sealed class QualifierReaderTests
{
    [Theory]
    [InlineData("recruit 300,000 men", Qualifier.Exact)]
    [InlineData("recruit about 300,000 men", Qualifier.Approx)]
    [InlineData("recruit around 300,000 men", Qualifier.Approx)]
    [InlineData("recruit approximately 300,000 men", Qualifier.Approx)]
    [InlineData("recruit some 300,000 men", Qualifier.Approx)]
    [InlineData("recruit roughly 300,000 men", Qualifier.Approx)]
    [InlineData("recruited almost 300,000 men", Qualifier.Approx)]
    [InlineData("recruited nearly 300,000 men", Qualifier.Approx)]
    [InlineData("an estimated 300,000 men", Qualifier.Approx)]
    [InlineData("recruit up to 300,000 men", Qualifier.UpTo)]
    [InlineData("recruit as many as 300,000 men", Qualifier.UpTo)]
    [InlineData("recruited at least 300,000 men", Qualifier.AtLeast)]
    [InlineData("recruited more than 300,000 men", Qualifier.AtLeast)]
    [InlineData("recruited over 300,000 men", Qualifier.AtLeast)]
    [InlineData("recruited in excess of 300,000 men", Qualifier.AtLeast)]
    [InlineData("recruited 300,000 or more men", Qualifier.AtLeast)]
    public void The_hedge_before_a_figure_gives_its_qualifier(string text, Qualifier expected)
    {
        var mention = NumberFinder.Find(text).Single();

        QualifierReader.Read(text, mention).Should().Be(expected);
    }
}
