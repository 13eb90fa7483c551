using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Regions;

namespace MobilizationTracker.Extraction.Tests.Regions;

/// <summary>Russian region names in any case, short forms and abbreviations, through ru/regions-*.txt.</summary>
public sealed class RussianRegionsTests
{
    private static IReadOnlyList<string> Codes(string sentence) =>
        RegionFinder.Find(sentence, LanguageLexicon.Russian).Select(r => r.Code).Distinct().ToList();

    [Theory]
    [InlineData("Повестки раздают в Воронежской области.", "RU-VOR")]
    [InlineData("Губернатор обещал отправить добровольцев в Свердловскую область.", "RU-SVE")]
    [InlineData("Мобилизацию объявили и жителям Краснодарского края.", "RU-KDA")]
    [InlineData("В Пермском крае наберут ещё пятьсот человек.", "RU-PER")]
    [InlineData("В Бурятии вручили сотни повесток.", "RU-BU")]
    [InlineData("Набор контрактников идёт в ХМАО.", "RU-KHM")]
    [InlineData("В Подмосковье открыли ещё один пункт отбора.", "RU-MOS")]
    [InlineData("Жителей Екатеринбурга зовут на сборы через военкомат.", "RU-SVE")]
    [InlineData("В Севастополе прошли военные сборы.", "UA-40")]
    [InlineData("Призыв идёт и в оккупированной Запорожской области.", "UA-23")]
    [InlineData("Власти Чеченской республики отчитались о наборе.", "RU-CE")]
    [InlineData("Белгородский регион выполнил план.", "RU-BEL")]
    public void A_region_is_found_in_any_case(string sentence, string code)
    {
        Codes(sentence).Should().Equal(code);
    }

    [Fact]
    public void Adjectives_sharing_one_plural_noun_each_name_a_region()
    {
        Codes("В Липецкой, Тамбовской и Курской областях планируют призвать по тысяче человек.")
            .Should().BeEquivalentTo("RU-LIP", "RU-TAM", "RU-KRS");
    }

    [Fact]
    public void An_abbreviation_may_stand_for_two_regions()
    {
        Codes("Мобилизация в ЛДНР продолжается.").Should().BeEquivalentTo("UA-09", "UA-14");
        Codes("Жителей ЛНР и ДНР призывают в армию.").Should().BeEquivalentTo("UA-09", "UA-14");
    }

    [Fact]
    public void A_military_district_is_not_a_region()
    {
        Codes("Призывников отправят служить в Московский военный округ и Ленинградский военный округ.").Should().BeEmpty();
    }

    [Fact]
    public void Moscow_is_a_place_after_a_place_word_or_in_a_list_but_not_as_the_government()
    {
        Codes("Москва заявила, что новой волны не будет.").Should().BeEmpty();
        Codes("В Москве более десяти тысяч человек подписали контракт.").Should().Equal("RU-MOW");
        Codes("Власти Москвы, Казани и Уфы отчитались о наборе.").Should().BeEquivalentTo("RU-MOW", "RU-TA", "RU-BA");
        Codes("Военкоматы в столице РФ разослали повестки.").Should().Equal("RU-MOW");
    }

    [Fact]
    public void A_battle_target_is_not_a_region()
    {
        Codes("Армия готовит наступление на Харьков.").Should().BeEmpty();
    }

    [Fact]
    public void Offsets_point_at_the_inflected_name()
    {
        const string sentence = "Повестки приходят жителям Тюменской области.";

        var region = RegionFinder.Find(sentence, LanguageLexicon.Russian).Single();

        sentence.Substring(region.Start, region.Length).Should().Be("Тюменской области");
    }

    [Theory]
    [InlineData("В Воронежской области призывникам раздают повестки у метро.", true)]
    [InlineData("Военный комиссар Челябинской области рассказал о призыве.", true)]
    [InlineData("Жёны мобилизованных из Курской области пожаловались губернатору.", false)]
    [InlineData("Сотрудники оборонных заводов Тульской области освобождены от мобилизации.", false)]
    [InlineData("В Томской области открылась выставка.", false)]
    [InlineData("Призывников из Тверской области в Херсонскую область не отправляли.", false)]
    public void Russian_sentences_reporting_recruitment_give_article_regions(string sentence, bool expected)
    {
        ArticleRegions.IsRecruitmentActivity(sentence, LanguageLexicon.Russian).Should().Be(expected);
    }
}
