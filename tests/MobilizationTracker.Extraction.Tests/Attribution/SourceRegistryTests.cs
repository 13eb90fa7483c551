namespace MobilizationTracker.Extraction.Tests.Attribution;

public sealed class SourceRegistryTests
{
    [Theory]
    [InlineData("Vyorstka", "Verstka")]
    [InlineData("Radio Free Europe/Radio Liberty", "RFE/RL")]
    [InlineData("the Russian service of RFE/RL", "RFE/RL")]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("Peskov", "Dmitry Peskov")]
    [InlineData("ISW", "Institute for the Study of War")]
    [InlineData("GUR", "HUR")]
    [InlineData("Ukraine's military intelligence", "HUR")]
    [InlineData("the Kremlin", "Kremlin")]
    [InlineData("Russia's Defense Ministry", "Russian Defense Ministry")]
    [InlineData("moscow times", "The Moscow Times")]
    [InlineData("Verstka's", "Verstka")]
    public void Aliases_normalise_to_the_canonical_name(string alias, string canonical)
    {
        SourceRegistry.Default.Normalise(alias).Should().Be(canonical);
    }

    [Fact]
    public void An_unknown_name_stays_as_written()
    {
        SourceRegistry.Default.Normalise("  Faridailyx ").Should().Be("Faridailyx");
    }

    [Fact]
    public void Editors_aliases_extend_the_registry_without_changing_the_default()
    {
        var extended = SourceRegistry.Default.WithAliases([("Sibirskie Vesti", "Siberian News")]);

        extended.Normalise("sibirskie vesti").Should().Be("Siberian News");
        extended.Normalise("Vyorstka").Should().Be("Verstka");
        SourceRegistry.Default.IsKnown("Sibirskie Vesti").Should().BeFalse();
    }

    [Fact]
    public void A_known_name_is_found_inside_a_phrase()
    {
        SourceRegistry.Default.FindIn("The Kremlin's spokesman Dmitry Peskov", lastMention: true).Should().Be("Dmitry Peskov");
    }
}
