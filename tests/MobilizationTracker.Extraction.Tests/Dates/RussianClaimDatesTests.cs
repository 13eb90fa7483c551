using MobilizationTracker.Extraction.Dates;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Dates;

/// <summary>Russian claim dates through ru/months.txt and ru/dates-*.txt.</summary>
public sealed class RussianClaimDatesTests
{
    private static readonly DateOnly Published = new(2024, 3, 22); // a Friday

    [Theory]
    [InlineData("Минобороны 14 марта сообщило, что пять тысяч человек подписали контракт.", "2024-03-14")]
    [InlineData("Губернатор заявил 30 марта, что в области призовут две тысячи человек.", "2023-03-30")]
    [InlineData("Губернатор заявил в пятницу, что в области призовут две тысячи человек.", "2024-03-22")]
    [InlineData("Во вторник военком рассказал о трёхстах повестках.", "2024-03-19")]
    [InlineData("Накануне военком сообщил о трёхстах повестках.", "2024-03-21")]
    [InlineData("В декабре президент подписал указ о призыве 130 тысяч человек.", "2023-12")]
    [InlineData("В декабре 2022 года министр обороны страны Сергей Шойгу сказал, что армии нужно больше контрактников.", "2022-12")]
    [InlineData("Об этом глава региона рассказал в декабре прошлого года.", "2023-12")]
    [InlineData("Министр 5 мая 2023 года заявил о наборе добровольцев.", "2023-05-05")]
    [InlineData("Президент увеличивал численность армии в декабре прошлого года до двух миллионов.", "2023-12")]
    public void A_date_tied_to_the_announcement_is_the_claim_date(string sentence, string expected)
    {
        ClaimDateResolver.Resolve(sentence, Published, LanguageLexicon.Russian).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("В прошлом году военкомат сообщил о тысяче добровольцев.")]
    [InlineData("Осенью 2022 года министр объявил о мобилизации трёхсот тысяч.")]
    [InlineData("Весенний призыв начнётся 1 апреля.")]
    [InlineData("Мобилизованных в малом городе стало больше.")]
    public void A_year_a_season_or_another_event_leaves_the_publication_date(string sentence)
    {
        ClaimDateResolver.Resolve(sentence, Published, LanguageLexicon.Russian).Should().Be(new ClaimDate(Published, DatePrecision.Day));
    }

    [Fact]
    public void Each_clause_keeps_its_own_date()
    {
        const string sentence = "В мае прошлого года военком объявил набор 400 человек, а в январе губернатор подписал приказ о 250.";

        ClaimDateResolver.ResolveInClause(sentence, sentence.IndexOf("400", StringComparison.Ordinal), Published, LanguageLexicon.Russian)!
            .ToString().Should().Be("2023-05");
        ClaimDateResolver.ResolveInClause(sentence, sentence.IndexOf("250", StringComparison.Ordinal), Published, LanguageLexicon.Russian)!
            .ToString().Should().Be("2024-01");
    }
}
