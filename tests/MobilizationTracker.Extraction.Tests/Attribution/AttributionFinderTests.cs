using MobilizationTracker.Extraction.Attribution;

namespace MobilizationTracker.Extraction.Tests.Attribution;

public sealed class AttributionFinderTests
{
    [Theory]
    [InlineData("Russia plans to recruit 400,000 soldiers, the Russian service of Radio Free Europe/Radio Liberty reported, citing several regional media outlets.", "RFE/RL")]
    [InlineData("The Washington Post, citing leaked US intelligence documents, said Russia needs 200,000 more men.", "US intelligence")]
    [InlineData("\"We require a further 300,000 pairs of boots on the ground,\" a high-ranking Kremlin source told Mediazona.", "Mediazona")]
    [InlineData("Military enlistment offices have begun sending summons, according to Dutch-owned independent Russian media outlet The Moscow Times.", "The Moscow Times")]
    [InlineData("Russia is planning to recruit 300,000 soldiers, the investigative news outlet Vyorstka reported Friday, citing sources in the Kremlin.", "Verstka")]
    [InlineData("Verstka, an independent Russian news outlet, reported on March 14, cited by RFE/RL, that offices were trying to compensate.", "Verstka")]
    [InlineData("Putin, we recall, in December approved plans to increase the army by 350 thousand people.", "Vladimir Putin")]
    [InlineData("Russia recruits 30,000 soldiers a month, Vadym Skibitskyi, deputy head of Ukraine's military intelligence (HUR), told The Economist.", "Vadym Skibitskyi")]
    [InlineData("Russian military strategy is focused on encircling Kharkiv, according to Mediazona's sources.", "Mediazona")]
    [InlineData("An anonymous Defense Ministry source confirmed the 300,000 recruitment target to Vyorstka.", "Verstka")]
    [InlineData("The Kremlin continues to demand that governors be ready, Faridaily reports, citing high-ranking sources in four regions.", "Faridaily")]
    [InlineData("Ukraine's General Staff reported that Russia mobilized 5,000 men in Crimea.", "General Staff of Ukraine")]
    [InlineData("The Institute for the Study of War (ISW) assessed that Russia will recruit 400,000.", "Institute for the Study of War")]
    [InlineData("According to the UK Ministry of Defence, Russia recruits 30,000 a month.", "British intelligence")]
    [InlineData("Russia's Defense Ministry has ordered governors to recruit 10,000 soldiers each, the independent news outlet iStories reported on Wednesday.", "iStories")]
    [InlineData("Men are being called up, said Kremlin spokesman Dmitry Peskov.", "Dmitry Peskov")]
    [InlineData("ISW continues to assess that the Russian MoD likely aims to form two new armies, which would require 60,000 personnel.", "Institute for the Study of War")]
    [InlineData("Recruits will be sent to units across Russia, Rear Admiral Vladimir Tsimlyansky said.", "Vladimir Tsimlyansky")]
    [InlineData("Authorities in Crimea handed out 7,000 summonses, the Atesh partisan movement reported on Telegram.", "Atesh")]
    [InlineData("In March, Deputy Prime Minister Olga Petrenko proposed adding 90,000 soldiers to the northern district.", "Olga Petrenko")]
    [InlineData("Governor Ivan Lodkin plans to send 2,000 volunteers from the region by summer.", "Ivan Lodkin")]
    [InlineData("More than 300 men have enlisted, Tver Governor Pavel Sokolov said on Friday.", "Pavel Sokolov")]
    [InlineData("Russia signs up 900 men a week, Olena Marchuk, a spokeswoman for the border guard, said on television, Ukrinform reports, citing UNIAN.", "Olena Marchuk")]
    [InlineData("Governor Pavel Sokolov himself admitted that 600 men had been called up by mistake.", "Pavel Sokolov")]
    public void The_innermost_named_party_is_the_source(string sentence, string expected)
    {
        var attribution = AttributionFinder.Find(sentence, SourceRegistry.Default);

        attribution.Kind.Should().Be(PartyKind.Named);
        attribution.Source.Should().Be(expected);
    }

    [Theory]
    [InlineData("Russia plans to recruit 300,000 men, sources said.")]
    [InlineData("According to several local media outlets, summonses were handed out.")]
    [InlineData("Kremlin sources say a second wave is being prepared.")]
    [InlineData("Russian media reported that 10,000 men were called up.")]
    public void Unnamed_parties_are_not_sources(string sentence)
    {
        AttributionFinder.Find(sentence, SourceRegistry.Default).Kind.Should().Be(PartyKind.Unnamed);
    }

    [Theory]
    [InlineData("According to the publication, residents started to receive summonses.")]
    [InlineData("According to them, the second wave may reach 500 thousand people.")]
    [InlineData("\"The resource has not been exhausted,\" the source says.")]
    [InlineData("According to the update, Moscow wants to recruit 420,000 contract soldiers.")]
    [InlineData("Under the earlier decree, signed in 2021, the navy was set at 150,000 sailors.")]
    public void Anaphors_refer_back_to_the_last_named_party(string sentence)
    {
        AttributionFinder.Find(sentence, SourceRegistry.Default).Kind.Should().Be(PartyKind.Anaphoric);
    }

    [Fact]
    public void A_sentence_without_attribution_has_none()
    {
        AttributionFinder.Find("This new recruitment push is likely due to a decline in voluntary recruitment.", SourceRegistry.Default)
            .Should().Be(SentenceAttribution.None);
    }
}
