using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Extraction.Tests.Reading;

public sealed class MetadataDatesTests
{
    [Theory]
    [InlineData("2023-03-15T23:30:00+03:00", "2023-03-15")]
    [InlineData("2023-03-15", "2023-03-15")]
    [InlineData(" 2023/3/5 ", "2023-03-05")]
    [InlineData("20230317", "2023-03-17")]
    [InlineData("Wed, 15 Mar 2023 10:00:00 GMT", "2023-03-15")]
    [InlineData("March 15, 2023", "2023-03-15")]
    [InlineData("15 Mar 2023", "2023-03-15")]
    public void Publication_dates_are_read_as_written(string value, string expected)
    {
        var date = MetadataDates.Parse(value);

        date.Should().Be(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("March 15")]
    [InlineData("yesterday")]
    [InlineData("2023-02-30")]
    [InlineData("1678886400")]
    public void Dates_without_a_year_or_invalid_ones_are_not_guessed(string value)
    {
        var date = MetadataDates.Parse(value);

        date.Should().BeNull();
    }
}
