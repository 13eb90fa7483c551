using System.Text;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Extraction.Tests.Reading;

public sealed class HtmlReadingTests
{
    private static ReadArticle ReadHtml(string html) =>
        ArticleReader.Read(new ArticleInput { Content = Encoding.UTF8.GetBytes(html) }, ExtractionOptions.Default, CancellationToken.None);

    [Fact]
    public void Metadata_comes_from_json_ld_first_and_resolves_the_publisher_through_the_graph()
    {
        var read = ReadHtml(NewsPages.FullPage);

        read.WasHtml.Should().BeTrue();
        read.Metadata.Should().BeEquivalentTo(new ArticleMetadata
        {
            Title = "Media: Russia plans to hire 400,000 professional soldiers",
            Outlet = "The Example Independent",
            Url = "https://example.org/news/russia-plans-400000",
            Published = new DateOnly(2023, 3, 15),
            Language = "en",
        });
    }

    [Fact]
    public void Article_body_keeps_its_paragraphs_and_the_headline()
    {
        var read = ReadHtml(NewsPages.FullPage);

        var paragraphs = read.Text.Split("\n\n");
        paragraphs[0].Should().Be("Media: Russia plans to hire 400,000 professional soldiers");
        paragraphs.Should().Contain(p => p.StartsWith("Russia's Defense Ministry will start", StringComparison.Ordinal));
        read.Text.Should().Contain("contracts with 400 000 professional soldiers");
        read.Text.Should().Contain("RFE/RL wrote on March 14.");
        read.Text.Should().Contain("summonses - as in September last year - to enlistment offices");
        read.Text.Should().Contain("Between 500-600 people a day sign contracts, \"the source\" said.");
    }

    [Theory]
    [InlineData("News\n")]
    [InlineData("Share on Facebook")]
    [InlineData("By The News Desk")]
    [InlineData("Photo: EPA")]
    [InlineData("Read also")]
    [InlineData("Ukraine vows to hold Bakhmut")]
    [InlineData("Get our newsletter")]
    [InlineData("Support independent journalism")]
    [InlineData("team of journalists")]
    [InlineData("Mobilization")]
    [InlineData("Copyright 2023")]
    [InlineData("Kremlin denies second wave")]
    [InlineData("300,000 more men")]
    [InlineData("Most read")]
    [InlineData("Privacy policy")]
    [InlineData("dataLayer")]
    [InlineData("color: red")]
    [InlineData("Home")]
    public void Page_chrome_is_removed(string chrome)
    {
        var read = ReadHtml(NewsPages.FullPage);

        read.Text.Should().NotContain(chrome);
    }

    [Fact]
    public void Unmarked_page_body_is_found_by_text_density()
    {
        var read = ReadHtml(NewsPages.UnmarkedPage);

        read.Text.Should().StartWith("Summons handed out in six regions\n\nMilitary enlistment offices have begun");
        read.Text.Should().Contain("approximately one-hundred men in Tyumen Oblast.");
        read.Text.Should().EndWith("digitizing records and updating information.");
        read.Text.Should().NotContainAny("unrelated headline", "Advertise", "World");
    }

    [Fact]
    public void Unmarked_page_metadata_falls_back_to_meta_tags_and_title()
    {
        var read = ReadHtml(NewsPages.UnmarkedPage);

        read.Metadata.Outlet.Should().Be("Example News");
        read.Metadata.Title.Should().Be("Summons handed out in six regions");
        read.Metadata.Published.Should().Be(new DateOnly(2023, 3, 17));
        read.Metadata.Url.Should().BeNull();
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var read = ReadHtml("<html><body><article><p>Tom &amp; Jerry&#39;s &quot;war&quot; &lt;draft&gt; &euro;5 &#x41F;&#x443;&#x442;&#x438;&#x43D; &hellip; it is a long enough paragraph to count as an article body for the reader, really.</p></article></body></html>");

        read.Text.Should().StartWith("Tom & Jerry's \"war\" <draft> €5 Путин ... it is");
    }

    [Fact]
    public void Line_breaks_and_blocks_become_lines_and_paragraphs()
    {
        var read = ReadHtml("<html><body><article><h2>Heading</h2><div>First line<br>second line<br><br>new paragraph</div><ul><li>one</li><li>two</li></ul><p>A closing paragraph long enough that the article element counts as the body of this page.</p></article></body></html>");

        read.Text.Should().Be("Heading\n\nFirst line\nsecond line\n\nnew paragraph\n\none\n\ntwo\n\nA closing paragraph long enough that the article element counts as the body of this page.");
    }

    [Fact]
    public void Item_prop_article_body_wins_over_the_rest_of_the_article()
    {
        var read = ReadHtml("<html><body><article><div class=\"lead-box\">Teaser text that is not part of the body but sits in the same article element.</div><div itemprop=\"articleBody\"><p>The real body text of the article says that recruitment offices worked all through the weekend in three regions.</p></div></article></body></html>");

        read.Text.Should().Be("The real body text of the article says that recruitment offices worked all through the weekend in three regions.");
    }

    [Fact]
    public void Time_element_and_html_lang_fill_in_missing_metadata()
    {
        var read = ReadHtml("<html lang=\"ru-RU\"><head><title>Мобилизация</title></head><body><article><time datetime=\"2024-01-05T10:00\">5 января</time><p>Военкоматы начали рассылать повестки мужчинам в нескольких регионах России, сообщают местные издания со ссылкой на источники.</p></article></body></html>");

        read.Metadata.Published.Should().Be(new DateOnly(2024, 1, 5));
        read.Metadata.Language.Should().Be("ru");
        read.Metadata.Title.Should().Be("Мобилизация");
    }

    [Fact]
    public void Broken_json_ld_is_ignored_and_open_graph_is_used()
    {
        var read = ReadHtml("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script><meta property=\"og:title\" content=\"OG title\"><meta property=\"og:site_name\" content=\"OG Site\"></head><body><article><p>Enough text in this paragraph to be taken as the body of the article that the page carries today.</p></article></body></html>");

        read.Metadata.Title.Should().Be("OG title");
        read.Metadata.Outlet.Should().Be("OG Site");
    }
}
