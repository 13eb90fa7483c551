using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Tests.Lexicon;

public sealed class LanguageLexiconTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public void Each_language_has_its_own_months(string language)
    {
        LanguageLexicon.For(language).Pairs("months").Values.Distinct().Should().HaveCount(12);
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
    public async Task A_pattern_used_often_is_compiled_and_matches_as_before()
    {
        const string template = @"(?<v>\b(?:{attribution-speech-verbs})\b)\s+(?<rest>\w+)"; // a template no step uses, so its count starts here
        var sentence = "The ministry said on Friday that it added 300,000 men, officials confirmed today.";
        var interpreted = LanguageLexicon.English.Pattern(template).Matches(sentence).Select(m => (m.Index, m.Value, m.Groups["rest"].Value)).ToList();
        LanguageLexicon.English.IsCompiled(template).Should().BeFalse();

        for (var i = 0; i < LanguageLexicon.CompileAfterUses; i++)
        {
            LanguageLexicon.English.Pattern(template);
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!LanguageLexicon.English.IsCompiled(template) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        LanguageLexicon.English.IsCompiled(template).Should().BeTrue();
        LanguageLexicon.English.Pattern(template).Matches(sentence).Select(m => (m.Index, m.Value, m.Groups["rest"].Value)).Should().Equal(interpreted);
        interpreted.Should().HaveCount(3);
    }

    [Fact]
    public void Longer_entries_win_over_their_prefixes()
    {
        var alternation = LanguageLexicon.Russian.Alternation("months");

        alternation.IndexOf("май", StringComparison.Ordinal).Should().BeGreaterThan(alternation.IndexOf(@"март\w*", StringComparison.Ordinal));
    }

    [Fact]
    public void One_instance_per_language()
    {
        LanguageLexicon.For("RU").Should().BeSameAs(LanguageLexicon.Russian);
    }

    [Fact]
    public void A_star_on_each_word_of_a_phrase_matches_its_endings()
    {
        var pattern = LanguageLexicon.Russian.Pattern(@"\b(?:{regions-activity})\b");

        pattern.IsMatch("встреча с военным комиссаром района").Should().BeTrue();
    }

    [Fact]
    public void An_empty_list_matches_nothing_and_quantifiers_stay_quantifiers()
    {
        LanguageLexicon.English.Pattern(@"^(?:{no-such-list})?x$").IsMatch("x").Should().BeTrue();
        LanguageLexicon.English.Pattern(@"^a(?:{no-such-list})").IsMatch("a").Should().BeFalse();
        LanguageLexicon.English.Pattern(@"^\d{2}$").IsMatch("42").Should().BeTrue();
    }

    [Fact]
    public void The_value_of_the_longest_matching_entry()
    {
        LanguageLexicon.Russian.ValueOf("months", "декабре").Should().Be("12");
        LanguageLexicon.Russian.ValueOf("months", "мая").Should().Be("5");
        LanguageLexicon.Russian.ValueOf("months", "марта").Should().Be("3");
        LanguageLexicon.English.ValueOf("dates-relative", "last  week").Should().Be("7d");
        LanguageLexicon.English.ValueOf("months", "Someday").Should().BeNull();
    }
}
