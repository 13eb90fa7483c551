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

    [Theory]
    [InlineData("as the moscow times wrote", "The Moscow Times")] // any case: the word starts are compared case-insensitively
    [InlineData("(Verstka) said", "Verstka")] // a name after a bracket starts a word
    [InlineData("\"Vyorstka\" reported", "Verstka")]
    [InlineData("data from ISW, cited by Verstka", "Verstka")] // the match that ends last
    public void A_name_is_found_wherever_a_word_starts(string phrase, string canonical)
    {
        SourceRegistry.Default.FindIn(phrase, lastMention: true).Should().Be(canonical);
    }

    [Fact]
    public void A_name_inside_a_longer_word_is_not_found()
    {
        SourceRegistry.Default.FindIn("the Verstkaish style", lastMention: false).Should().BeNull();
        SourceRegistry.Default.FindIn("superputin said", lastMention: false).Should().BeNull();
    }

    [Fact]
    public void A_one_letter_alias_an_editor_adds_is_found_too()
    {
        var extended = SourceRegistry.Default.WithAliases([("Q", "Q Agency")]);

        extended.FindIn("the agency Q said on Monday", lastMention: false).Should().Be("Q Agency");
    }
}
