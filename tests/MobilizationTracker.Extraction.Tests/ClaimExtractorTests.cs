using System.Text;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests;

public sealed class ClaimExtractorTests
{
    private static ExtractionResult Extract(string text, string outlet = "Reuters", string published = "2023-11-15") =>
        new ClaimExtractor().Extract(new ArticleInput
        {
            Content = Encoding.UTF8.GetBytes(text),
            Outlet = outlet,
            Published = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        });

    [Fact]
    public void A_reported_target_becomes_one_claim_with_every_field()
    {
        var result = Extract("Russia plans to recruit about 300,000 soldiers in Tatarstan, Verstka reported on Monday.");

        var claim = result.Claims.Should().ContainSingle().Subject;
        claim.Figure.Should().Be(300000);
        claim.Qualifier.Should().Be(Qualifier.Approx);
        claim.Kind.Should().Be(ClaimKind.Target);
        claim.Source.Should().Be("Verstka");
        claim.ClaimDate.Should().Be(new DateOnly(2023, 11, 13));
        claim.Regions.Should().Equal("RU-TA");
        result.CleanedText.Substring(claim.EvidenceStart, claim.EvidenceLength).Should().Be(claim.Evidence);
    }

    [Fact]
    public void A_speakers_statement_carries_on_to_the_next_unattributed_sentence()
    {
        var result = Extract("Shoigu said the army will grow. Russia plans to call up 150,000 reservists next year.");

        result.Claims.Should().ContainSingle().Which.Source.Should().Be("Sergei Shoigu");
    }

    [Fact]
    public void A_sentence_that_names_its_own_subject_does_not_take_the_carried_speaker()
    {
        var result = Extract("Governor Ivan Lodkin said the region was ready. Colonel Pavel Orlov proposed raising the garrison to 40,000 troops.");

        result.Claims.Should().ContainSingle().Which.Source.Should().Be("Pavel Orlov");
    }

    [Fact]
    public void A_time_phrase_before_a_pronoun_is_never_the_source()
    {
        var result = Extract("Mayor Ivan Lodkin said on Tuesday that the city was calm. Last October he ordered the call-up of 3,000 reservists.");

        result.Claims.Should().ContainSingle().Which.Source.Should().Be("Ivan Lodkin");
    }

    [Fact]
    public void A_figure_according_to_unnamed_data_belongs_to_the_outlet_not_the_pronoun()
    {
        var result = Extract("Mayor Ivan Lodkin said on Tuesday that the city was calm. He ordered a call-up that, according to official data, brought 3,000 men into the army.");

        result.Claims.Should().ContainSingle().Which.Source.Should().Be("Reuters");
    }

    [Fact]
    public void In_an_article_about_one_region_a_claim_naming_no_region_takes_that_region()
    {
        var result = Extract("Summonses were handed out across Tatarstan on Monday. Activists estimated that 900 men were called up.");

        result.Claims.Should().ContainSingle().Which.Regions.Should().Equal("RU-TA");
    }

    [Fact]
    public void A_count_naming_no_region_takes_the_region_of_the_headline_when_the_article_names_several()
    {
        var result = Extract("Night round-ups of men in Tatarstan\n\nSummonses were handed out across Tatarstan on Monday. Men from Mari El were also called up. Activists estimated that 900 men were called up.");

        result.Regions.Should().HaveCount(2);
        result.Claims.Should().ContainSingle().Which.Regions.Should().Equal("RU-TA");
    }

    [Fact]
    public void A_claim_about_the_whole_country_keeps_RU_in_a_one_region_article()
    {
        var result = Extract("Summonses were handed out across Tatarstan on Monday. Russia plans to call up 150,000 reservists.");

        result.Claims.Should().ContainSingle().Which.Regions.Should().Equal("RU");
    }

    [Fact]
    public void A_surname_alone_takes_the_full_name_mentioned_earlier()
    {
        var result = Extract("Activists wrote an open letter to Governor Pavel Sokolov on Monday. Sokolov admitted that 600 men had been called up by mistake.");

        result.Claims.Should().ContainSingle().Which.Source.Should().Be("Pavel Sokolov");
    }

    [Fact]
    public void An_unattributed_claim_belongs_to_the_outlet()
    {
        var result = Extract("Russia plans to call up 150,000 reservists next year.");

        result.Claims.Should().ContainSingle().Which.Source.Should().Be("Reuters");
    }

    [Fact]
    public void A_denial_of_a_second_wave_marks_the_target_denied()
    {
        var result = Extract("Russia plans to recruit 300,000 soldiers, Meduza reported. Kremlin spokesman Dmitry Peskov denied plans for a second wave of mobilization.");

        var claim = result.Claims.Should().ContainSingle().Subject;
        claim.Denied.Should().BeTrue();
        claim.DeniedBy.Should().Be("Dmitry Peskov");
        result.Denials.Should().ContainSingle().Which.By.Should().Be("Dmitry Peskov");
    }

    [Theory]
    [InlineData("Міністерство оборони Росії планує призвати 300 тисяч резервістів, повідомляє видання.", "uk")]
    [InlineData("Рада ухвалила закон, і тепер військкомати можуть вручати повістки 25 тисячам чоловіків щодня.", "uk")]
    public void Ukrainian_text_gives_its_language_a_warning_and_no_claims(string text, string language)
    {
        var result = Extract(text);

        result.Language.Should().Be(language);
        result.Claims.Should().BeEmpty();
        result.Warnings.Should().ContainSingle(w => w.Contains(language, StringComparison.Ordinal));
        result.IsRejected.Should().BeFalse();
    }

    [Fact]
    public void Russian_text_gives_its_claims()
    {
        var result = Extract("Минобороны России планирует призвать около 300 тысяч резервистов, сообщает издание.");

        result.Language.Should().Be("ru");
        var claim = result.Claims.Should().ContainSingle().Subject;
        claim.Figure.Should().Be(300000);
        claim.Qualifier.Should().Be(Qualifier.Approx);
        claim.Kind.Should().Be(ClaimKind.Target);
    }

    [Fact]
    public void The_same_input_always_gives_the_same_output()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "001_5953783ade1d3edf.txt"));

        var first = Extract(text);
        var second = Extract(text);

        second.Claims.Should().BeEquivalentTo(first.Claims, o => o.WithStrictOrdering());
        second.CleanedText.Should().Be(first.CleanedText);
    }

    [Fact]
    public void Empty_input_is_rejected_not_thrown()
    {
        Extract("").IsRejected.Should().BeTrue();
    }

    [Theory]
    [InlineData("Russia plans to recruit 99999999999999999999999999999999999 soldiers.")]
    [InlineData("Russia plans to recruit 1.5 billion billion billion billion billion billion soldiers.")]
    [InlineData("Russia plans to recruit 300,000,000,000,000 soldiers on March 45, 2024.")]
    [InlineData("\"\"\" ... !!! ??? 1,2,3,4,5 $ % - -- --- 2024-2025 Sept. Jan. 31st of February")]
    [InlineData("Воронежская область: 300 000 человек. Russia plans to recruit 300 000 soldiers, Verstka reported on Friday.")]
    [InlineData("\u0000\u0001 recruit \uFFFD\uFFFD 12 soldiers \u202E reversed")]
    public void Strange_text_gives_a_result_never_an_exception(string text)
    {
        var act = () => Extract(text);

        act.Should().NotThrow();
    }

    [Fact]
    public void A_figure_too_large_for_people_is_not_a_claim()
    {
        Extract("Russia plans to recruit 99999999999999999999 soldiers.").Claims.Should().BeEmpty();
    }

    [Fact]
    public void A_number_of_people_left_out_by_a_named_rule_is_explained_in_the_warnings()
    {
        var result = Extract("Russia has accumulated around 200 troops within Pokrovsk, the General Staff reported.");

        result.Claims.Should().BeEmpty();
        result.Warnings.Should().ContainSingle(w => w.StartsWith("Skipped 200 (FrontTroops)", StringComparison.Ordinal));
    }
}
