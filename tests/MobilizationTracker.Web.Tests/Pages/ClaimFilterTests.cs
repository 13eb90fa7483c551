using Microsoft.Extensions.Primitives;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Tests.Pages;

public sealed class ClaimFilterTests
{
    private static ClaimFilter Parse(params (string Key, string Value)[] pairs) =>
        ClaimFilter.FromQuery(pairs.GroupBy(p => p.Key).Select(g => new KeyValuePair<string, StringValues>(g.Key, g.Select(p => p.Value).ToArray())));

    [Fact]
    public void Every_parameter_is_read()
    {
        var filter = Parse(("from", "2023-01-01"), ("to", "2023-12-31"), ("region", "RU-VOR"), ("region", "ua-43"), ("source", "RFE/RL"),
            ("outlet", "Meduza"), ("kind", "force_size"), ("denied", "yes"), ("min", "1000"), ("max", "500,000"), ("q", "Peskov"));

        filter.From.Should().Be(new DateOnly(2023, 1, 1));
        filter.To.Should().Be(new DateOnly(2023, 12, 31));
        filter.Regions.Should().Equal("RU-VOR", "UA-43");
        filter.Source.Should().Be("RFE/RL");
        filter.Outlet.Should().Be("Meduza");
        filter.Kind.Should().Be(ClaimKind.ForceSize);
        filter.Denied.Should().BeTrue();
        filter.Min.Should().Be(1000);
        filter.Max.Should().Be(500000);
        filter.Q.Should().Be("Peskov");
        filter.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Bad_values_are_ignored_and_reported()
    {
        var filter = Parse(("from", "yesterday"), ("region", "XX-NOPE"), ("kind", "guess"), ("denied", "maybe"), ("min", "-5"));

        filter.IsEmpty.Should().BeTrue();
        filter.Problems.Should().HaveCount(5);
    }

    [Fact]
    public void A_month_as_to_means_the_end_of_that_month()
    {
        var filter = Parse(("to", "2024-02"));

        filter.To.Should().Be(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void Query_string_round_trips()
    {
        var filter = Parse(("region", "RU-VOR"), ("region", "RU"), ("kind", "target"), ("q", "a & b"), ("denied", "no"));

        var again = Parse(filter.ToQuery().Select(p => (p.Key, p.Value)).ToArray());

        again.Should().BeEquivalentTo(filter);
        filter.ToQueryString().Should().Be("?region=RU-VOR&region=RU&kind=target&denied=no&q=a%20%26%20b");
    }

    [Fact]
    public void Slug_names_the_filter_for_a_file_name()
    {
        var filter = Parse(("region", "RU-VOR"), ("kind", "target"));

        filter.ToSlug().Should().Be("region-RU-VOR-kind-target");
    }

    [Theory]
    [InlineData("Peskov", "\"Peskov\"")]
    [InlineData("400,000 soldiers", "\"400,000\" \"soldiers\"")]
    [InlineData("say \"no\" OR", "\"say\" \"\"\"no\"\"\" \"OR\"")]
    [InlineData(" - * ", null)]
    public void Search_words_become_quoted_fts_phrases(string q, string? expected)
    {
        TimelineQuery.FtsQuery(q).Should().Be(expected);
    }
}
