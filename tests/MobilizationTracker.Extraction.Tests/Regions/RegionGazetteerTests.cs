using MobilizationTracker.Extraction.Regions;

namespace MobilizationTracker.Extraction.Tests.Regions;

public sealed class RegionGazetteerTests
{
    [Fact]
    public void Every_Russian_federal_subject_has_a_code()
    {
        RegionGazetteer.ByCode.Keys.Count(k => k.StartsWith("RU-", StringComparison.Ordinal)).Should().Be(83);
    }

    [Fact]
    public void Every_Ukrainian_oblast_and_the_annexed_regions_have_codes()
    {
        string[] expected =
        [
            "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26", "UA-30", "UA-32", "UA-35", "UA-40",
            "UA-43", "UA-46", "UA-48", "UA-51", "UA-53", "UA-56", "UA-59", "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77",
        ];

        RegionGazetteer.ByCode.Keys.Where(k => k.StartsWith("UA-", StringComparison.Ordinal)).Should().BeEquivalentTo(expected);
    }

    [Theory]
    [InlineData("Voronezh Oblast", "RU-VOR")]
    [InlineData("Voronezh region", "RU-VOR")]
    [InlineData("voronezh oblast", "RU-VOR")]
    [InlineData("Krasnodar Krai", "RU-KDA")]
    [InlineData("Krasnodar region", "RU-KDA")]
    [InlineData("Republic of Tatarstan", "RU-TA")]
    [InlineData("Bashkortostan", "RU-BA")]
    [InlineData("Crimean peninsula", "UA-43")]
    [InlineData("Moscow", "RU-MOW")]
    [InlineData("Moscow Oblast", "RU-MOS")]
    [InlineData("Moscow region", "RU-MOS")]
    [InlineData("St. Petersburg", "RU-SPE")]
    [InlineData("Воронежская область", "RU-VOR")]
    [InlineData("Sevastopol", "UA-40")]
    [InlineData("Kyiv", "UA-30")]
    [InlineData("Kyiv Oblast", "UA-32")]
    public void English_and_Russian_variants_map_to_codes(string name, string code)
    {
        RegionGazetteer.CodeByName[name].Should().Be(code);
    }

    [Fact]
    public void Name_of_an_unknown_code_is_the_code()
    {
        RegionGazetteer.NameOf("XX-1").Should().Be("XX-1");
        RegionGazetteer.NameOf("RU-VOR").Should().Be("Voronezh Oblast");
    }
}
