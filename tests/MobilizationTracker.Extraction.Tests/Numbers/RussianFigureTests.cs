using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Numbers;

namespace MobilizationTracker.Extraction.Tests.Numbers;

/// <summary>Russian figures, in sentences of our own: the same steps as English, with the Russian lexicon.</summary>
public sealed class RussianFigureTests
{
    private static readonly LanguageLexicon Russian = LanguageLexicon.Russian;

    [Theory]
    [InlineData("в армию приняли 422 704 человека", 422704)]
    [InlineData("в армию приняли 422\u00A0704 человека", 422704)]
    [InlineData("планируют призвать 300 тыс. резервистов", 300000)]
    [InlineData("планируют призвать 300 тыс резервистов", 300000)]
    [InlineData("армия наберёт 1,5 млн контрактников", 1500000)]
    [InlineData("численность достигнет 2 млн 389 тысяч 130 человек", 2389130)]
    [InlineData("власти хотят набрать полмиллиона добровольцев", 500000)]
    [InlineData("область должна призвать сто тысяч мужчин", 100000)]
    [InlineData("речь шла о мобилизации двух миллионов человек", 2000000)]
    [InlineData("о призыве двумя миллионами резервистов", 2000000)]
    [InlineData("план предусматривает набор полутора миллионов бойцов", 1500000)]
    [InlineData("указ позволяет призвать миллион человек", 1000000)]
    [InlineData("мобилизованы 213,2 тысячи человек", 213200)]
    public void Russian_numbers_are_normalised_to_integers(string text, long expected)
    {
        NumberFinder.Find(text, Russian).Should().ContainSingle().Which.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("планируют призвать от 400 до 500 тысяч человек", 400000, 500000)]
    [InlineData("планируют призвать 400–500 тыс. человек", 400000, 500000)]
    [InlineData("призывников было 134,5–135 тыс. человек", 134500, 135000)]
    [InlineData("речь о 42-43 тысячах мобилизованных", 42000, 43000)]
    public void Russian_ranges_give_low_and_high(string text, long low, long high)
    {
        var found = NumberFinder.Find(text, Russian).Should().ContainSingle().Subject;

        found.Low.Should().Be(low);
        found.High.Should().Be(high);
    }

    [Fact]
    public void A_change_from_one_size_to_another_is_two_figures()
    {
        var figures = FigureReader.Read("указ предусматривает расширение штата армии с 1,2 до 1,4 миллиона военнослужащих", "", Russian, out _);

        figures.Select(f => f.Mention.Value).Should().Equal(1200000, 1400000);
        figures.Should().OnlyContain(f => f.Kind == ClaimKind.ForceSize);
    }

    [Theory]
    [InlineData("власти планируют призвать около 20 тысяч человек", Qualifier.Approx)]
    [InlineData("власти планируют призвать порядка 20 тысяч человек", Qualifier.Approx)]
    [InlineData("власти планируют призвать примерно 20 тысяч человек", Qualifier.Approx)]
    [InlineData("контракт подписали почти 20 тысяч человек", Qualifier.Approx)]
    [InlineData("контракт подписали более 20 тысяч человек", Qualifier.AtLeast)]
    [InlineData("контракт подписали свыше 20 тысяч человек", Qualifier.AtLeast)]
    [InlineData("контракт подписали не менее 20 тысяч человек", Qualifier.AtLeast)]
    [InlineData("хотели набрать 20 тыс. с небольшим", Qualifier.AtLeast)]
    [InlineData("власти планируют призвать до 20 тысяч человек", Qualifier.UpTo)]
    [InlineData("штатную численность армии увеличили до 1,5 млн человек", Qualifier.Exact)]
    [InlineData("власти планируют призвать 20 тысяч человек", Qualifier.Exact)]
    public void Russian_hedges_give_the_qualifier(string text, Qualifier expected)
    {
        FigureReader.Read(text, "", Russian, out _).Should().ContainSingle().Which.Qualifier.Should().Be(expected);
    }

    [Theory]
    [InlineData("в армию призвали 5 тысяч военнослужащих")]
    [InlineData("в армию призвали 5 тысяч контрактников")]
    [InlineData("в армию призвали 5 тысяч мобилизованных")]
    [InlineData("в армию призвали 5 тысяч резервистов")]
    [InlineData("в армию призвали 5 тысяч призывников")]
    [InlineData("в армию призвали 5 тысяч добровольцев")]
    [InlineData("армия пополнилась 5 тысячами контрактников")]
    [InlineData("военкоматы разослали 5 тысяч повесток")]
    [InlineData("на службу по контракту поступили 5 тысяч человек")]
    [InlineData("регион должен мобилизовать 5 тысяч")]
    [InlineData("за месяц удалось набрать 5 тысяч")]
    [InlineData("контракт заключили 5 тысяч жителей области")]
    public void Russian_people_nouns_and_recruitment_verbs_make_a_figure(string text)
    {
        FigureReader.Read(text, "", Russian, out _).Should().ContainSingle();
    }

    [Theory]
    [InlineData("Минобороны планирует призвать 300 тысяч резервистов", ClaimKind.Target)]
    [InlineData("в регионе нужно мобилизовать ещё 20 тысяч человек", ClaimKind.Target)]
    [InlineData("с начала года контракт подписали 150 тысяч человек", ClaimKind.Count)]
    [InlineData("во время мобилизации было призвано 300 тыс. человек", ClaimKind.Count)]
    [InlineData("на службу ежедневно приходят 1,5 тыс. добровольцев", ClaimKind.Rate)]
    [InlineData("армия набирает каждый месяц около 30 тысяч контрактников", ClaimKind.Rate)]
    [InlineData("штатная численность Вооруженных сил составит 1,5 млн военнослужащих", ClaimKind.ForceSize)]
    [InlineData("тем самым число военнослужащих вырастет на 120 тысяч человек", ClaimKind.ForceSize)]
    public void Russian_cues_give_the_kind(string text, ClaimKind expected)
    {
        FigureReader.Read(text, "", Russian, out _).Should().ContainSingle().Which.Kind.Should().Be(expected);
    }

    [Theory]
    [InlineData("за контракт платят 2 млн рублей")]
    [InlineData("явка составила 87 процентов")]
    [InlineData("мобилизация прошла в 53 регионах страны")]
    [InlineData("мобилизацию объявили 21 сентября")]
    [InlineData("в ходе боёв погибли 20 тысяч военнослужащих")]
    [InlineData("после объявления мобилизации страну покинули 700 тысяч человек")]
    [InlineData("на акциях против мобилизации задержаны 1300 человек")]
    [InlineData("мобилизационный ресурс страны составляет 25 миллионов человек")]
    [InlineData("в зоне СВО находятся 600 тысяч военнослужащих")]
    [InlineData("указ о мобилизации вступил в силу в 2022 году")]
    public void Russian_numbers_that_are_not_recruitment_are_left_out(string text)
    {
        FigureReader.Read(text, "", Russian, out _).Should().BeEmpty();
    }
}
