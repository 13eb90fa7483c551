using MobilizationTracker.Extraction.Attribution;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Attribution;

/// <summary>
/// Whose account a sentence belongs to (issues 9 and 10): quotation paragraphs, leads, accounts that keep giving figures,
/// the outlet's own comparisons and signed papers. Every sentence here is written for these tests.
/// </summary>
public sealed class AccountTests
{
    private static readonly DateOnly Published = new(2025, 4, 10);

    private static ExtractionResult Extract(string text, string outlet = "Северный вестник") =>
        new ClaimExtractor().Extract(ArticleInput.FromText(text) with { Outlet = outlet, Published = Published });

    [Fact]
    public void A_quotation_paragraph_takes_the_speaker_named_at_its_end()
    {
        const string text = "Губернатор Иван Лодкин провёл встречу с жителями области и ответил на их вопросы о службе.\n\n"
            + "- Мы начали набор осенью. Сначала хотели набрать 2 тысячи добровольцев. Сейчас набрали 3 тысячи человек. "
            + "Каждый день на службу приходят ещё 400 добровольцев. Нам этого хватает, - сказал Иван Лодкин.\n\n"
            + "Областная больница получила новое оборудование.";

        var claims = Extract(text).Claims;

        claims.Should().Contain(c => c.Figure == 400).Which.Attribution.Should().StartWith("in the quotation closed by");
        claims.Should().HaveCount(3).And.OnlyContain(c => c.Source == "Иван Лодкин"); // a name the registry does not know stays as printed
    }

    [Fact]
    public void A_paragraph_that_is_no_quotation_does_not_take_the_next_speaker()
    {
        const string text = "Жители района жалуются на нехватку врачей. В области призвали 2 тысячи человек.\n\n"
            + "Председатель думы Олег Карпов провёл приём граждан.";

        Extract(text).Claims.Should().ContainSingle().Which.Source.Should().Be("Северный вестник");
    }

    [Theory]
    [InlineData("В регионе готовятся призвать 12 тысяч резервистов.\n\nКак сообщает \"Вёрстка\", списки составляют военкоматы.", "Verstka")]
    [InlineData("The region is preparing to call up 12,000 reservists.\n\nAccording to Verstka, enlistment offices are drawing up the lists.", "Verstka")]
    public void The_lead_takes_the_source_the_next_sentence_opens_with(string text, string expected)
    {
        Extract(text).Claims.Should().ContainSingle().Which.Source.Should().Be(expected);
    }

    [Fact]
    public void Only_the_lead_takes_the_next_sentence_source()
    {
        const string text = "Завод в области выпускает тракторы.\n\nВ регионе готовятся призвать 12 тысяч резервистов. Как сообщает \"Вёрстка\", списки составляют военкоматы.";

        Extract(text).Claims.Should().ContainSingle().Which.Source.Should().Be("Северный вестник");
    }

    [Fact]
    public void An_account_that_keeps_giving_figures_carries_on()
    {
        const string text = "В первом квартале контракт подписали 30 тысяч человек, сообщила \"Вёрстка\". "
            + "Во втором квартале контракт подписали 25 тысяч человек. Это меньше, чем ожидали власти. Рекрутеры жалуются на усталость. "
            + "В третьем квартале контракт подписали 20 тысяч человек.";

        Extract(text).Claims.Should().HaveCount(3).And.OnlyContain(c => c.Source == "Verstka");
    }

    [Theory]
    [InlineData("Контракт подписали 30 тысяч человек, сообщил министр Иван Лодкин. Для сравнения: годом ранее контракт подписали 50 тысяч человек. Тогда набор поступил 45 тысяч человек.")]
    [InlineData("Some 30,000 men signed contracts, Minister Ivan Lodkin said. By comparison, 50,000 men signed contracts a year earlier. Then 45,000 men joined the army.")]
    public void The_outlets_own_comparison_ends_the_speakers_account(string text)
    {
        var claims = Extract(text, "The Northern Courier").Claims;

        claims.Single(c => c.Figure == 30000).Source.Should().BeOneOf("Ivan Lodkin", "Иван Лодкин");
        claims.Single(c => c.Figure == 50000).Source.Should().Be("The Northern Courier");
        claims.Single(c => c.Figure == 45000).Source.Should().Be("The Northern Courier");
    }

    [Theory]
    [InlineData("Vladimir Putin's decree, which raised the army to 1.9 million personnel, is a bold move, according to the Institute for the Study of War.", "en", "Vladimir Putin")]
    [InlineData("Указ Путина увеличивает армию до 1,9 млн человек, считают аналитики Института изучения войны.", "ru", "Vladimir Putin")]
    public void A_signed_paper_opening_the_sentence_gives_its_signer(string sentence, string language, string expected)
    {
        AttributionFinder.Find(sentence, SourceRegistry.Default, LanguageLexicon.For(language)).Source.Should().Be(expected);
    }

    [Fact]
    public void A_decree_mentioned_further_on_is_only_mentioned()
    {
        AttributionFinder.Find("Как сообщает \"Вёрстка\", в тексте указа Путина скрыли пункт о 200 тысячах человек.", SourceRegistry.Default, LanguageLexicon.Russian)
            .Source.Should().Be("Verstka");
    }

    [Fact]
    public void The_document_is_the_decree_of_the_president_who_raised_the_army()
    {
        const string text = "Владимир Путин своим указом снова увеличил численность армии.\n\n"
            + "Армия вырастет до 1,9 млн человек (\"в том числе 1 100 000 военнослужащих\", говорится в документе).";

        Extract(text).Claims.Should().NotBeEmpty().And.OnlyContain(c => c.Source == "Vladimir Putin");
    }

    [Fact]
    public void A_figure_restated_in_a_denial_stays_with_the_report_it_denies()
    {
        const string text = "Как пишет \"Вёрстка\", власти готовят мобилизацию 500 тысяч человек.\n\n"
            + "Песков назвал \"ложью\" сообщения о мобилизации 500 тысяч человек.";

        var result = Extract(text);

        result.Claims.Should().ContainSingle().Which.Source.Should().Be("Verstka");
        result.Denials.Should().ContainSingle().Which.By.Should().Be("Dmitry Peskov");
    }
}
