using MobilizationTracker.Extraction.Cleaning;
using MobilizationTracker.Extraction.Denials;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction.Tests.Denials;

public sealed class DenialFinderTests
{
    [Theory]
    [InlineData("The Kremlin's spokesman Dmitry Peskov denied Moscow's plans for a second wave of mobilization.", "Dmitry Peskov", DenialKind.Plans)]
    [InlineData("The Kremlin has denied launching a second wave of mobilization, according to the Moscow Times.", "Kremlin", DenialKind.Plans)]
    [InlineData("Despite regular denials of plans to start a \"second wave\" of subpoenas, the Kremlin continues to demand readiness.", "Kremlin", DenialKind.Plans)]
    [InlineData("Kremlin spokesman Dmitry Peskov on Tuesday dismissed reports of a second wave as \"fakes.\"", "Dmitry Peskov", DenialKind.Plans)]
    [InlineData("The Kremlin has repeatedly said it has no plans for a new wave of mobilization.", "Kremlin", DenialKind.Plans)]
    [InlineData("Local authorities claim the residents are only being called to enlistment offices to update their military registration data.", "local authorities", DenialKind.ExplainingAway)]
    [InlineData("The Lipetsk Oblast administration told journalists that they were digitizing records and updating information.", "Lipetsk Oblast administration", DenialKind.ExplainingAway)]
    [InlineData("\"So far, we don't have mobilization, that's all. Don't worry,\" an military enlistment officer in Krasnodar, as quoted by Moscow Times, insisted.", "military enlistment officer", DenialKind.ExplainingAway)]
    [InlineData("\"There are no discussions about a new mobilization,\" Kremlin spokesman Dmitry Peskov told reporters.", "Dmitry Peskov", DenialKind.Plans)]
    [InlineData("The occupation administration claimed that the checks are routine and that no one is being mobilized.", "occupation administration", DenialKind.ExplainingAway)]
    [InlineData("Kremlin spokesman Dmitry Peskov said on Monday there was no talk of another call-up.", "Dmitry Peskov", DenialKind.Plans)]
    [InlineData("Putin added that no further mobilization would be needed this year.", "Vladimir Putin", DenialKind.Plans)]
    [InlineData("The regional governor insists that the volunteers will guard bridges at home and will not be sent to the front.", "regional governor", DenialKind.NotForTheWar)]
    [InlineData("\"Nobody is being sent to the war,\" the district commander said.", "district commander", DenialKind.NotForTheWar)]
    public void Denials_and_who_made_them_are_found(string sentence, string by, DenialKind kind)
    {
        var denial = DenialFinder.Find(sentence, SourceRegistry.Default);

        denial.Should().NotBeNull();
        denial!.Value.By.Should().Be(by);
        denial.Value.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("While no official announcement regarding a second mobilisation has been made by either the Defence Ministry or the Kremlin, sources confirmed the plans.")]
    [InlineData("The Kremlin remains hesitant about mobilizing a large number of men.")]
    [InlineData("Most of the summons are allegedly in regards to \"clarifying data\" in offices' systems.")]
    public void Statements_that_deny_nothing_are_not_denials(string sentence)
    {
        DenialFinder.Find(sentence, SourceRegistry.Default).Should().BeNull();
    }

    [Fact]
    public void A_denial_that_dismisses_a_named_report_names_that_report()
    {
        DenialFinder.ReportNamed("The ministry dismissed Verstka's report as invented.", SourceRegistry.Default).Should().Be("Verstka");
        DenialFinder.ReportNamed("The ministry dismissed reports of a new wave.", SourceRegistry.Default).Should().BeNull();
    }

    [Fact]
    public void A_denial_by_he_goes_to_the_party_named_just_before()
    {
        var article = BoilerplateCleaner.Clean(
            "Kremlin spokesman Dmitry Peskov refused to comment on the report. Earlier, he repeatedly rejected claims that a second wave of mobilization was being prepared.", null);

        var denials = DenialFinder.Find(SentenceSplitter.Split(article), SourceRegistry.Default);

        denials.Should().ContainSingle().Which.By.Should().Be("Dmitry Peskov");
    }
}

/// <summary>Denial phrases of Lexicon/{en,ru}/denials-*.txt, in sentences written for these tests.</summary>
public sealed class DenialPhraseTests
{
    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov called the report about a new mobilization a lie.", "Dmitry Peskov")]
    [InlineData("The Defense Ministry clarified that the decree does not portend a second wave of mobilization.", "Russian Defense Ministry")]
    [InlineData("Governor Ivan Lodkin said the summonses were sent only to update data.", "Ivan Lodkin")]
    public void English_denials_name_who_made_them(string sentence, string by)
    {
        DenialFinder.Find(sentence, SourceRegistry.Default)!.Value.By.Should().Be(by);
    }

    [Theory]
    [InlineData("Песков назвал фейком сообщения о второй волне мобилизации.", "Dmitry Peskov", DenialKind.Plans)]
    [InlineData("\"Новая мобилизация не планируется\", - заявил Шойгу.", "Sergei Shoigu", DenialKind.Plans)]
    [InlineData("В Минобороны заявили, что повестки рассылают для уточнения данных.", "Russian Defense Ministry", DenialKind.ExplainingAway)]
    public void Russian_denials_name_who_made_them(string sentence, string by, DenialKind kind)
    {
        var denial = DenialFinder.Find(sentence, SourceRegistry.Default, MobilizationTracker.Extraction.Lexicon.LanguageLexicon.Russian);

        denial.Should().NotBeNull();
        denial!.Value.By.Should().Be(by);
        denial.Value.Kind.Should().Be(kind);
    }

    [Fact]
    public void A_quotation_nobody_says_in_a_passage_about_a_party_is_that_partys_denial()
    {
        var sentences = SentenceSplitter.Split(BoilerplateCleaner.Clean(
            "Песков не раз отвечал на вопросы о мобилизации.\n\n\"Это все слухи, не верьте им\" - так в марте о новой волне мобилизации.", null),
            MobilizationTracker.Extraction.Lexicon.LanguageLexicon.Russian);

        DenialFinder.Find(sentences, SourceRegistry.Default, MobilizationTracker.Extraction.Lexicon.LanguageLexicon.Russian)
            .Should().ContainSingle().Which.By.Should().Be("Dmitry Peskov");
    }

    [Fact]
    public void Joint_speakers_deny_through_the_first_named()
    {
        DenialFinder.Find("Ранее в Генштабе и Кремле говорили, что новая мобилизация не планируется.", SourceRegistry.Default, MobilizationTracker.Extraction.Lexicon.LanguageLexicon.Russian)!
            .Value.By.Should().Be("Russian General Staff");
    }

    [Fact]
    public void The_innermost_body_reported_by_the_speaker_makes_the_denial()
    {
        DenialFinder.Find("Министерство обороны докладывает, что никакой необходимости в мобилизации сейчас нет, - сказал Путин.", SourceRegistry.Default, MobilizationTracker.Extraction.Lexicon.LanguageLexicon.Russian)!
            .Value.By.Should().Be("Russian Defense Ministry");
    }

    [Fact]
    public void A_quote_denying_mobilization_takes_the_party_named_before()
    {
        var sentences = SentenceSplitter.Split(BoilerplateCleaner.Clean(
            "President Vladimir Putin spoke to reporters on Friday.\n\n\"A new mobilization? There is no need,\" he said.", null));

        DenialFinder.Find(sentences, SourceRegistry.Default).Should().ContainSingle().Which.By.Should().Be("Vladimir Putin");
    }
}
