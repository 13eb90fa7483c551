using MobilizationTracker.Extraction.Numbers;

namespace MobilizationTracker.Extraction.Tests.Numbers;

public sealed class NumberFinderTests
{
    [Theory]
    [InlineData("plans to hire 400,000 soldiers", 400000)]
    [InlineData("plans to hire 400 000 soldiers", 400000)]
    [InlineData("plans to hire 400.000 soldiers", 400000)]
    [InlineData("the 320 thousand people called up", 320000)]
    [InlineData("an army of 1.5 million", 1500000)]
    [InlineData("recruit 300k men", 300000)]
    [InlineData("a 300,000-strong force", 300000)]
    [InlineData("approximately one-hundred men", 100)]
    [InlineData("half a million reservists", 500000)]
    [InlineData("two hundred thousand conscripts", 200000)]
    [InlineData("a million men", 1000000)]
    [InlineData("twenty-five thousand volunteers", 25000)]
    [InlineData("1.2 mln troops", 1200000)]
    public void Single_numbers_are_normalised_to_integers(string text, long expected)
    {
        var found = NumberFinder.Find(text);

        found.Should().ContainSingle().Which.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("500-600 people per day", 500, 600)]
    [InlineData("between 500 and 600 people", 500, 600)]
    [InlineData("400,000 to 500,000 soldiers", 400000, 500000)]
    [InlineData("500-600 thousand reservists", 500000, 600000)]
    [InlineData("between 1 and 1.5 million men", 1000000, 1500000)]
    public void Ranges_give_low_and_high(string text, long low, long high)
    {
        var found = NumberFinder.Find(text);

        found.Should().ContainSingle();
        found[0].Low.Should().Be(low);
        found[0].High.Should().Be(high);
        found[0].Value.Should().BeNull();
    }

    [Fact]
    public void A_change_from_one_figure_to_another_is_two_numbers_not_a_range()
    {
        var found = NumberFinder.Find("enlistment fell from 600 people per day to just 30");

        found.Select(f => f.Value).Should().Equal(600, 30);
    }

    [Theory]
    [InlineData("from 400,000 to 700,000 men", 400000, 700000)]
    [InlineData("raised the strength from 2.039 million personnel to 2.209 million", 2039000, 2209000)]
    [InlineData("from 1.15 to 1.32 million troops", 1150000, 1320000)]
    public void From_one_figure_to_another_is_a_change_of_two_numbers_not_a_range(string text, long first, long second)
    {
        NumberFinder.Find(text).Select(f => f.Value).Should().Equal(first, second);
    }

    [Fact]
    public void An_increase_from_one_size_to_another_is_two_numbers()
    {
        var found = NumberFinder.Find("increase the army from 1.15 million to 1.5 million");

        found.Select(f => f.Value).Should().Equal(1150000, 1500000);
    }

    [Fact]
    public void A_rounded_figure_carries_its_rounding_unit()
    {
        var found = NumberFinder.Find("422 thousand and 422,704");

        found.Select(f => f.Unit).Should().Equal(1000, 1);
    }

    [Theory]
    [InlineData("summonses to several hundred men")]
    [InlineData("a few thousand reservists")]
    public void A_vague_multiplier_is_not_a_number(string text)
    {
        NumberFinder.Find(text).Should().BeEmpty();
    }

    [Fact]
    public void A_lone_one_is_not_a_number()
    {
        NumberFinder.Find("one Kremlin source said").Should().BeEmpty();
    }
}
