using MobilizationTracker.Extraction.Dates;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Dates;

public sealed class ClaimDateResolverTests
{
    private static readonly DateOnly Published = new(2024, 3, 22); // a Friday

    [Theory]
    [InlineData("Verstka reported on Friday that 300,000 will be recruited.", "2024-03-22")]
    [InlineData("Vyorstka reported Friday that 300,000 will be recruited.", "2024-03-22")]
    [InlineData("Vyorstka reported Tuesday that 300,000 will be recruited.", "2024-03-19")]
    [InlineData("RFE/RL wrote on March 14 that 400,000 will be hired.", "2024-03-14")]
    [InlineData("RFE/RL wrote on March 30 that 400,000 will be hired.", "2023-03-30")]
    [InlineData("Putin, we recall, in December approved plans to increase the army.", "2023-12")]
    [InlineData("Putin announced a mobilization of 300,000 reservists in September 2022.", "2022-09")]
    [InlineData("Shoigu said in March that 100,000 had signed.", "2024-03")]
    [InlineData("Medvedev said yesterday that 100,000 had signed.", "2024-03-21")]
    [InlineData("The ministry announced on Jan. 5 that 10,000 had signed.", "2024-01-05")]
    [InlineData("Last November, the governor announced that 5,000 men would be called up.", "2023-11")]
    [InlineData("Last March the ministry set a goal of 8,000 recruits.", "2023-03")]
    [InlineData("In October, General Ivan Petrov proposed enlarging the corps to 90,000.", "2023-10")]
    [InlineData("Fewer signed than in 2022, when the minister said in November that 80,000 had joined.", "2022-11")]
    public void A_date_tied_to_the_announcement_is_the_claim_date(string sentence, string expected)
    {
        var date = ClaimDateResolver.Resolve(sentence, Published);

        date.ToString().Should().Be(expected);
    }

    [Fact]
    public void Each_clause_of_a_sentence_keeps_its_own_date()
    {
        const string sentence = "Last May the region set a quota of 4,000 men, and in January the governor ordered 2,500 more.";

        ClaimDateResolver.ResolveInClause(sentence, sentence.IndexOf("4,000", StringComparison.Ordinal), Published)!.ToString().Should().Be("2023-05");
        ClaimDateResolver.ResolveInClause(sentence, sentence.IndexOf("2,500", StringComparison.Ordinal), Published)!.ToString().Should().Be("2024-01");
    }

    [Theory]
    [InlineData("The draft is set to begin in April, officials expect.")]
    [InlineData("Of the 320 thousand people called up in September-October, half entered the troops.")]
    [InlineData("The campaign may start in April, when the thaw ends.")]
    [InlineData("The number enlisting fell in autumn 2023 from 500 people per day.")]
    [InlineData("Russia's Defense Ministry will start a recruitment campaign on April 1.")]
    [InlineData("Russia needs 300,000 soldiers.")]
    public void Dates_of_other_events_leave_the_publication_date(string sentence)
    {
        var date = ClaimDateResolver.Resolve(sentence, Published);

        date.Should().Be(new ClaimDate(Published, DatePrecision.Day));
    }

    // Russian, through ru/months.txt and ru/dates-*.txt

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
    public void A_Russian_date_tied_to_the_announcement_is_the_claim_date(string sentence, string expected)
    {
        ClaimDateResolver.Resolve(sentence, Published, LanguageLexicon.Russian).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("В прошлом году военкомат сообщил о тысяче добровольцев.")]
    [InlineData("Осенью 2022 года министр объявил о мобилизации трёхсот тысяч.")]
    [InlineData("Весенний призыв начнётся 1 апреля.")]
    [InlineData("Мобилизованных в малом городе стало больше.")]
    public void A_Russian_year_season_or_other_event_leaves_the_publication_date(string sentence)
    {
        ClaimDateResolver.Resolve(sentence, Published, LanguageLexicon.Russian).Should().Be(new ClaimDate(Published, DatePrecision.Day));
    }

    [Fact]
    public void Each_Russian_clause_keeps_its_own_date()
    {
        const string sentence = "В мае прошлого года военком объявил набор 400 человек, а в январе губернатор подписал приказ о 250.";

        ClaimDateResolver.ResolveInClause(sentence, sentence.IndexOf("400", StringComparison.Ordinal), Published, LanguageLexicon.Russian)!
            .ToString().Should().Be("2023-05");
        ClaimDateResolver.ResolveInClause(sentence, sentence.IndexOf("250", StringComparison.Ordinal), Published, LanguageLexicon.Russian)!
            .ToString().Should().Be("2024-01");
    }
}
