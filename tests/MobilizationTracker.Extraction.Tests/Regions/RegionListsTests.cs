using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction.Tests.Regions;

/// <summary>English lists of regions, areas, abbreviations and capitals; sentences that continue a recruitment account.</summary>
public sealed class RegionListsTests
{
    private static IReadOnlyList<string> Codes(string sentence) => RegionFinder.Find(sentence).Select(r => r.Code).Distinct().ToList();

    [Fact]
    public void A_list_of_mixed_region_names_gives_each()
    {
        Codes("Call-ups were reported in the Kursk region, Khanty-Mansi Autonomous District, Perm Krai and Chuvashia.")
            .Should().BeEquivalentTo("RU-KRS", "RU-KHM", "RU-PER", "RU-CU");
    }

    [Fact]
    public void Areas_share_their_noun()
    {
        Codes("Recruiting stepped up in the Bryansk and Oryol areas.").Should().BeEquivalentTo("RU-BRY", "RU-ORL");
    }

    [Fact]
    public void Abbreviations_name_their_regions()
    {
        Codes("Men from the L/DPR and KhMAO were drafted.").Should().BeEquivalentTo("UA-09", "UA-14", "RU-KHM");
        Codes("Recruiters in the DPR offered bonuses.").Should().Equal("UA-14");
    }

    [Fact]
    public void A_regional_capital_names_its_region()
    {
        Codes("Inmates were recruited at a colony near Syktyvkar.").Should().Equal("RU-KO");
        Codes("A video from Yoshkar-Ola showed recruiters at a prison.").Should().Equal("RU-ME");
    }

    [Fact]
    public void Moscow_first_in_a_list_of_regions_is_a_place()
    {
        Codes("Moscow, Kazan and Ufa opened new enlistment offices.").Should().BeEquivalentTo("RU-MOW", "RU-TA", "RU-BA");
    }

    [Fact]
    public void Authorities_in_Moscow_are_the_government()
    {
        Codes("Authorities in Moscow told the governors to meet their quotas.").Should().BeEmpty();
    }

    [Fact]
    public void A_sentence_continuing_a_recruitment_account_in_its_paragraph_gives_its_region()
    {
        var sentences = new[]
        {
            new Sentence(0, 0, "The recruiters have toured prisons all spring.", 0, false),
            new Sentence(1, 47, "Last week they came back to a colony in the Tver region.", 0, false),
            new Sentence(2, 110, "A new bridge opened in the Kaluga region.", 1, false),
        };

        ArticleRegions.Find(sentences, LanguageLexicon.English).Should().Equal("RU-TVE");
    }

    [Fact]
    public void A_claim_about_many_regions_does_not_take_the_single_article_region()
    {
        var claim = new ExtractedClaim
        {
            Figure = 213000, Kind = ClaimKind.Count, Source = "X", Regions = ["RU"],
            Evidence = "Всего за месяц призвали 90 тысяч человек в 40 регионах.",
        };

        ArticleRegions.SingleRegionFor(claim, ["RU-KYA"], null, LanguageLexicon.Russian).Should().BeNull();
        ArticleRegions.SingleRegionFor(claim with { Evidence = "Оттуда уехали на сборы 5 тысяч человек." }, ["RU-KYA"], null, LanguageLexicon.Russian)
            .Should().Be("RU-KYA");
    }
}
