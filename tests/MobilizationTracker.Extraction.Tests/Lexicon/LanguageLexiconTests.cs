using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Tests.Lexicon;

public sealed class LanguageLexiconTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Each_language_has_its_own_months(string language)
    {
        LanguageLexicon.For(language).Pairs("months").Should().HaveCount(12);
    }

    [Fact]
    public void A_missing_list_is_empty_rather_than_an_error()
    {
        LanguageLexicon.English.Lines("no-such-list").Should().BeEmpty();
    }

    [Fact]
    public void A_trailing_star_matches_any_ending_of_an_inflected_word()
    {
        var months = LanguageLexicon.Russian.Pattern(@"\b(?:{months})\b");

        months.IsMatch("в сентябре 2022 года").Should().BeTrue();
        months.IsMatch("до 15 января").Should().BeTrue();
        months.IsMatch("в среду").Should().BeFalse();
    }

    [Fact]
    public void Longer_entries_win_over_their_prefixes()
    {
        var alternation = LanguageLexicon.English.Alternation("months");

        alternation.IndexOf("may", StringComparison.Ordinal).Should().BeGreaterThan(alternation.IndexOf(@"jan\w*", StringComparison.Ordinal));
    }

    [Fact]
    public void One_instance_per_language()
    {
        LanguageLexicon.For("RU").Should().BeSameAs(LanguageLexicon.Russian);
    }
}
