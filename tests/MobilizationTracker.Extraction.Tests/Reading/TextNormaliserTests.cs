using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Extraction.Tests.Reading;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("400\u00A0000 men", "400 000 men")]
    [InlineData("400\u2009000 men", "400 000 men")]
    [InlineData("400\u202F000 men", "400 000 men")]
    [InlineData("400\u2007000 men", "400 000 men")]
    [InlineData("a\u00A0\u00A0 b", "a b")]
    [InlineData("\u2018quoted\u2019 and \u201Cquoted\u201D", "'quoted' and \"quoted\"")]
    [InlineData("\u201Eunten\u201C and \u00ABelle\u00BB", "\"unten\" and \"elle\"")]
    [InlineData("500\u2013600 people", "500-600 people")]
    [InlineData("500 \u2013 600 people", "500-600 people")]
    [InlineData("500\u2014600 people", "500-600 people")]
    [InlineData("from 400,000\u2013700,000", "from 400,000-700,000")]
    [InlineData("\u22125 degrees", "-5 degrees")]
    [InlineData("summonses \u2014 as before \u2014 arrived", "summonses - as before - arrived")]
    [InlineData("summonses\u2014as before\u2014arrived", "summonses - as before - arrived")]
    [InlineData("summonses \u2013 as before", "summonses - as before")]
    [InlineData("in 2022 \u2014 300,000 men", "in 2022 - 300,000 men")]
    [InlineData("Russia\u2013Ukraine war", "Russia-Ukraine war")]
    [InlineData("non\u2011binding", "non-binding")]
    [InlineData("mobili\u00ADzation", "mobilization")]
    [InlineData("zero\u200Bwidth\u200Cjoin\u200D\uFEFF", "zerowidthjoin")]
    [InlineData("\u200Fmarked\u202A text\u202C", "marked text")]
    [InlineData("wait\u2026", "wait...")]
    [InlineData("line one\r\nline two\rline three", "line one\nline two\nline three")]
    [InlineData("para one\n\n\n\n\npara two", "para one\n\npara two")]
    [InlineData("  padded line  \n   \n\t next ", "padded line\n\nnext")]
    [InlineData("bell\u0007 and\u0001 nul\u0000", "bell and nul")]
    [InlineData("c1\u0085line", "c1\nline")]
    [InlineData("sep\u2029para", "sep\n\npara")]
    [InlineData("kept \uFFFD mark", "kept \uFFFD mark")]
    [InlineData("и\u0306", "й")]
    [InlineData("\n\n  leading and trailing  \n\n", "leading and trailing")]
    public void Normalisation_table(string input, string expected)
    {
        var normalised = TextNormaliser.Normalise(input);

        normalised.Should().Be(expected);
    }
}
