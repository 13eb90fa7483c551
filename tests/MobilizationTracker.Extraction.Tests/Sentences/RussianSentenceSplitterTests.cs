using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction.Tests.Sentences;

/// <summary>Russian sentence ends: ru/sentences-abbreviations.txt, initials, dotted abbreviations and quotes.</summary>
public sealed class RussianSentenceSplitterTests
{
    private static IReadOnlyList<string> Split(string paragraph) =>
        SentenceSplitter.SplitParagraph(paragraph, LanguageLexicon.Russian).Select(r => paragraph.Substring(r.Start, r.Length)).ToList();

    [Theory]
    [InlineData("Власти г. Воронеж объявили набор добровольцев.")]
    [InlineData("Согласно ст. 59 закона мобилизованным положена выплата.")]
    [InlineData("Об этом сообщил ген. Иванов на совещании.")]
    [InlineData("Указ подписал В. Путин в пятницу.")]
    [InlineData("Указ подписал В.В. Путин в пятницу.")]
    [InlineData("Призвать планируют 300 тыс. человек до конца года.")]
    [InlineData("Часть набора, т. е. 40 тыс. человек, пойдёт во флот.")]
    [InlineData("Речь идёт о резервистах, т.е. 25 млн. человек.")]
    public void An_abbreviation_or_an_initial_does_not_end_the_sentence(string sentence)
    {
        Split(sentence).Should().Equal(sentence);
    }

    [Fact]
    public void A_thousands_abbreviation_before_a_capital_ends_the_sentence()
    {
        Split("К весне в области наберут до 20 тыс. Это число назвал губернатор.")
            .Should().Equal("К весне в области наберут до 20 тыс.", "Это число назвал губернатор.");
    }

    [Fact]
    public void A_quotation_is_one_sentence_and_the_speaker_follows_it()
    {
        Split("\"Мобилизация идёт по плану. Повестки вручены.\" Так сказал военком. Набор продолжится.")
            .Should().Equal("\"Мобилизация идёт по плану. Повестки вручены.\"", "Так сказал военком.", "Набор продолжится.");
    }

    [Fact]
    public void English_abbreviations_are_not_Russian_ones()
    {
        Split("Набор начался в янв. Потом его продлили.").Should().HaveCount(2);
    }
}
