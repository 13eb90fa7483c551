using MobilizationTracker.Extraction.Cleaning;

namespace MobilizationTracker.Extraction.Tests.Cleaning;

public sealed class BoilerplateCleanerTests
{
    private const string Body =
        "Russia plans to recruit 300,000 soldiers, the outlet reported on Friday, citing sources in the Defense Ministry and the Kremlin.\n\n" +
        "The recruitment would start in April and cover every region of the country, the sources said, adding that quotas were sent out.";

    [Fact]
    public void Everything_after_a_feed_marker_that_follows_the_body_is_cut()
    {
        var text = Body + "\n\nRead more\n\nThe strike killed 24 people, officials said on Monday in a statement.";

        var cleaned = BoilerplateCleaner.Clean(text, null);

        cleaned.Text.Should().NotContain("24 people");
        cleaned.Text.Should().Contain("300,000 soldiers");
    }

    [Fact]
    public void A_feed_marker_before_the_body_is_dropped_without_cutting_the_article()
    {
        var cleaned = BoilerplateCleaner.Clean("News Feed\n\n" + Body, null);

        cleaned.Text.Should().StartWith("Russia plans");
    }

    [Fact]
    public void A_caption_printed_twice_is_dropped()
    {
        var caption = "Conscripts arrive at a recruiting office in the Rostov region during the mobilisation in September 2022.";

        var cleaned = BoilerplateCleaner.Clean(caption + "\n\n" + caption + "\n\n" + Body, null);

        cleaned.Text.Should().NotContain("Rostov");
    }

    [Fact]
    public void A_box_of_lines_with_a_donation_appeal_is_dropped_whole()
    {
        var box = "Enjoying ad-free content?\nSince July 1, 2024, we have disabled all ads.\nThis costs us $10,000 a month.\nSupport us";

        var cleaned = BoilerplateCleaner.Clean(box + "\n\n" + Body, null);

        cleaned.Text.Should().NotContain("$10,000").And.NotContain("ads");
    }

    [Fact]
    public void The_line_matching_the_title_is_kept_as_the_headline()
    {
        var cleaned = BoilerplateCleaner.Clean("NewsSociety\n\n\u2018Mobilisation 2.0\u2019 plan to recruit extra soldiers\n\n" + Body, "'Mobilisation 2.0' plan to recruit extra soldiers");

        cleaned.Headline.Should().Be(0);
        cleaned.Text.Should().StartWith("'Mobilisation 2.0' plan");
    }

    [Fact]
    public void Spaces_quotes_and_dashes_are_normalised()
    {
        var cleaned = BoilerplateCleaner.Clean("\u201CWe\u2019re ready,\u201D he said\u00A0\u2013 500\u2013600 men a day were recruited last year.", null);

        cleaned.Text.Should().Be("\"We're ready,\" he said - 500-600 men a day were recruited last year.");
    }

    [Fact]
    public void Paragraph_spans_point_into_the_cleaned_text()
    {
        var cleaned = BoilerplateCleaner.Clean(Body, null);

        cleaned.Paragraphs.Should().HaveCount(2);
        cleaned.Text.Substring(cleaned.Paragraphs[1].Start, cleaned.Paragraphs[1].Length).Should().StartWith("The recruitment");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Recruitment plans for the spring")]
    [InlineData("A title nobody printed on the page")]
    public void What_is_kept_does_not_depend_on_the_title_given(string? title)
    {
        // Issue 8 row 7: the same file uploaded under another title was stored again.
        const string page = "NewsSociety\n\nRecruitment plans for the spring\n\n" + Body;

        var cleaned = BoilerplateCleaner.Clean(page, title);

        cleaned.Text.Should().Be(BoilerplateCleaner.Clean(page, null).Text).And.StartWith("Recruitment plans for the spring");
    }
}
