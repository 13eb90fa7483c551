using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Tests.Lexicon;

public sealed class LexiconFileTests
{
    [Theory]
    [InlineData("regions.txt")]
    [InlineData("source-aliases.txt")]
    [InlineData("en/numbers-words.txt")]
    [InlineData("ru/numbers-words.txt")]
    [InlineData("en/boilerplate-lines.txt")]
    [InlineData("en/boilerplate-phrases.txt")]
    [InlineData("ru/boilerplate-lines.txt")]
    [InlineData("ru/boilerplate-phrases.txt")]
    [InlineData("en/regions-names.txt")]
    [InlineData("ru/regions-names.txt")]
    [InlineData("en/sentences-abbreviations.txt")]
    [InlineData("ru/sentences-abbreviations.txt")]
    public void Lexicon_files_have_one_sorted_entry_per_line(string file)
    {
        var lines = LexiconFile.Lines(file);

        var keys = lines.Select(l => l.Split('|')[0]).ToList();

        keys.Should().NotBeEmpty();
        keys.Should().BeInAscendingOrder(StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Number_words_map_to_values()
    {
        LanguageLexicon.English.Pairs("numbers-words")["hundred"].Should().Be("100");
        LanguageLexicon.English.Pairs("numbers-words")["Twenty"].Should().Be("20");
    }
}
