using MobilizationTracker.Extraction.Language;

namespace MobilizationTracker.Extraction.Tests.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Russia plans to recruit 300,000 soldiers, the outlet reported.", "en")]
    [InlineData("Минобороны планирует призвать 300 тысяч человек, сообщает издание.", "ru")]
    [InlineData("Міноборони Росії планує призвати 300 тисяч осіб, повідомляє видання.", "uk")]
    [InlineData("У Києві заявили, що армія рф щомісяця набирає 30 тисяч осіб.", "uk")]
    [InlineData("Ще одна хвиля мобілізації: військкомати вручили повістки 5 тисячам чоловіків у регіоні.", "uk")]
    [InlineData("Журналисты из Киева и Львова сообщили, что Минобороны набрало 30 тысяч контрактников.", "ru")]
    [InlineData("В Києві заявили: армия России каждый месяц набирает 30 тысяч контрактников, и это только начало.", "ru")]
    [InlineData("Rusia planea reclutar a 300.000 soldados, según el medio.", "und")]
    [InlineData("12345 !!!", "und")]
    [InlineData("", "und")]
    public void Script_and_stopwords_give_the_language(string text, string expected)
    {
        LanguageDetector.Detect(text).Should().Be(expected);
    }
}
