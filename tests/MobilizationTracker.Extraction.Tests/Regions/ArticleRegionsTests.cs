using MobilizationTracker.Extraction.Regions;

namespace MobilizationTracker.Extraction.Tests.Regions;

public sealed class ArticleRegionsTests
{
    [Theory]
    [InlineData("Residents of Voronezh Oblast started to receive summonses.", true)]
    [InlineData("Villagers in Tver Oblast said men were put on buses to assembly points overnight.", true)]
    [InlineData("Russia has intensified its mobilization efforts in occupied Crimea, where families of mobilized soldiers complain.", true)]
    [InlineData("Wives of men mobilized in 2022 from Belgorod complained about their treatment.", false)]
    [InlineData("Putin proposed a buffer zone in the Kharkiv region.", false)]
    [InlineData("The governors of Belgorod, Kursk and Bryansk regions were exempted from the new recruitment quota.", false)]
    public void Only_sentences_reporting_recruitment_activity_give_article_regions(string sentence, bool expected)
    {
        ArticleRegions.IsRecruitmentActivity(sentence).Should().Be(expected);
    }
}
