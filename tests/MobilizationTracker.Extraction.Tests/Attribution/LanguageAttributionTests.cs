using MobilizationTracker.Extraction.Attribution;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Attribution;

/// <summary>Attribution patterns of issues 9 and 10, in sentences written for these tests.</summary>
public sealed class LanguageAttributionTests
{
    [Theory]
    [InlineData("Up to 40,000 reservists may be called up, according to estimates from the independent outlet iStories.", "iStories")]
    [InlineData("The regional daily Sibirskie Vesti quoted an unnamed official as saying that 5,000 men would be summoned.", "Sibirskie Vesti")]
    [InlineData("Some 700,000 people serve on contract, papers from Russia's Defense Ministry, cited by Interfax, reveal.", "Russian Defense Ministry")]
    [InlineData("A report published on Tuesday by the UK Ministry of Defence says 30,000 men join each month.", "British intelligence")]
    [InlineData("About 12,000 were summoned, as reported by Verstka with reference to the Defense Ministry.", "Russian Defense Ministry")]
    [InlineData("Russia will need 90,000 more recruits, according to Mediazona's calculations.", "Mediazona")]
    [InlineData("Verstka together with iStories found that 8,000 men signed contracts.", "Verstka")]
    [InlineData("Russia will draft 150,000 men this spring, Pеskov said.", "Dmitry Peskov")] // a Cyrillic е inside the Latin name
    public void English_chains_end_at_the_innermost_named_party(string sentence, string expected)
    {
        var attribution = AttributionFinder.Find(sentence, SourceRegistry.Default);

        attribution.Kind.Should().Be(PartyKind.Named);
        attribution.Source.Should().Be(expected);
        attribution.Phrase.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("Kremlin aims to hire 300,000 soldiers, according to people familiar with the plans.")]
    [InlineData("There have been reports that recruiters visited prisons.")]
    public void Unnamed_reporters_beat_a_named_actor(string sentence)
    {
        AttributionFinder.Find(sentence, SourceRegistry.Default).Kind.Should().Be(PartyKind.Unnamed);
    }

    [Theory]
    [InlineData("This was stated by Defense Minister Sergei Shoigu.", "Sergei Shoigu")]
    [InlineData("Governor Ivan Lodkin said this on Tuesday.", "Ivan Lodkin")]
    [InlineData("Olena Marchuk, a spokeswoman for the border guard, told about this in an interview.", "Olena Marchuk")]
    [InlineData("Об этом сообщил министр обороны Сергей Шойгу.", "Sergei Shoigu")]
    public void A_speaker_after_the_statement_names_the_sentence_before(string sentence, string expected)
    {
        var lexicon = sentence.Any(c => c is >= 'а' and <= 'я') ? LanguageLexicon.Russian : LanguageLexicon.English;
        var attribution = AttributionFinder.Find(sentence, SourceRegistry.Default, lexicon);

        attribution.NamesPrevious.Should().BeTrue();
        attribution.Source.Should().Be(expected);
    }

    [Fact]
    public void Said_that_opens_a_new_statement_rather_than_pointing_back()
    {
        AttributionFinder.Find("Peskov said that 10,000 men would be enough.", SourceRegistry.Default).NamesPrevious.Should().BeFalse();
    }

    [Theory]
    [InlineData("По данным Минобороны, контракты подписали 20 тысяч человек.", "Russian Defense Ministry")]
    [InlineData("По словам Пескова, новой волны не будет.", "Dmitry Peskov")]
    [InlineData("Как пишет \"Вёрстка\", в регионах готовят 50 тысяч повесток.", "Verstka")]
    [InlineData("\"Нам нужно еще 100 тысяч человек\", - заявил Медведев.", "Dmitry Medvedev")]
    [InlineData("Дмитрий Медведев сообщил, что с начала года контракт подписали 30 тысяч человек.", "Dmitry Medvedev")]
    [InlineData("Путин подписал указ о призыве 130 тысяч человек.", "Vladimir Putin")]
    [InlineData("В регионах собирают 5 тысяч добровольцев, сообщает ТАСС со ссылкой на данные Генштаба.", "Russian General Staff")]
    [InlineData("В Кремле заявили, что мобилизация не планируется.", "Kremlin")]
    [InlineData("По информации источников \"Медузы\", Кремль готовит новую волну.", "Meduza")]
    public void Russian_sources_are_read_in_any_case(string sentence, string expected)
    {
        var attribution = AttributionFinder.Find(sentence, SourceRegistry.Default, LanguageLexicon.Russian);

        attribution.Kind.Should().Be(PartyKind.Named);
        attribution.Source.Should().Be(expected);
    }

    [Theory]
    [InlineData("По словам источника в Минобороны, призовут 10 тысяч человек.")]
    [InlineData("Как рассказал собеседник, повестки раздают у метро.")]
    [InlineData("По данным СМИ, в области призвали 3 тысячи человек.")]
    public void Russian_unnamed_sources_leave_the_outlet(string sentence)
    {
        AttributionFinder.Find(sentence, SourceRegistry.Default, LanguageLexicon.Russian).Kind.Should().Be(PartyKind.Unnamed);
    }

    [Theory]
    [InlineData("Дмитрий Медведев", "Dmitry Medvedev")]
    [InlineData("Медведева", "Dmitry Medvedev")]
    [InlineData("Дмитрию Медведеву", "Dmitry Medvedev")]
    [InlineData("Dmitry Medvedev", "Dmitry Medvedev")]
    [InlineData("Минобороны", "Russian Defense Ministry")]
    [InlineData("Вёрсткой", "Verstka")]
    [InlineData("Шойгу", "Sergei Shoigu")]
    [InlineData("Путиным", "Vladimir Putin")]
    [InlineData("Mеduza", "Meduza")] // a Cyrillic М and е
    public void One_name_across_languages_and_cases(string written, string canonical)
    {
        SourceRegistry.Default.Normalise(written).Should().Be(canonical);
    }

    [Fact]
    public void A_longer_Cyrillic_alias_wins_inside_a_phrase()
    {
        SourceRegistry.Default.FindIn("по данным Министерства обороны Украины", lastMention: true).Should().Be("Ukrainian Defense Ministry");
    }

    [Fact]
    public void Confusables_fold_only_mixed_words_and_keep_the_length()
    {
        var folded = Confusables.Fold("Pеskov и Путин");

        folded.Should().Be("Peskov и Путин");
        folded.Length.Should().Be("Pеskov и Путин".Length);
    }

    [Fact]
    public void Every_claim_explains_its_source()
    {
        const string text = "Russia will call up 20,000 reservists in the north.\n\nThis was stated by Governor Ivan Lodkin on Monday.\n\n"
            + "He added that 5,000 reservists would train near Arkhangelsk.\n\nRecruiters hope to enlist 900 volunteers, according to local media.";
        var result = new ClaimExtractor().Extract(ArticleInput.FromText(text) with { Outlet = "The Northern Courier", Published = new DateOnly(2025, 3, 10) });

        result.Claims.Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.Attribution));
        var first = result.Claims.Single(c => c.Figure == 20000);
        first.Source.Should().Be("Ivan Lodkin");
        first.Attribution.Should().StartWith("named in the next sentence");
        result.Claims.Single(c => c.Figure == 900).Source.Should().Be("The Northern Courier");
    }
}
