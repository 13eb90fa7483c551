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

    [Fact]
    public void Related_cards_marked_as_articles_do_not_win_over_the_real_body()
    {
        var cards = string.Concat(Enumerable.Range(1, 6).Select(i => $"<article><h3><a href=\"/n{i}\">Unrelated story {i}</a></h3><p>A teaser of about a hundred characters that describes related story number {i} in a sentence.</p></article>"));
        var body = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Body paragraph {i}: officials in the region said, according to local media, that the enlistment offices had received new orders this week.</p>"));
        var html = $"<html><body><div class=\"page\"><h1>Enlistment offices receive new orders</h1><div class=\"story\">{body}</div></div><div class=\"more\">{cards}</div></body></html>";

        var read = ReadHtml(html);

        read.Text.Should().StartWith("Enlistment offices receive new orders\n\nBody paragraph 1:");
        read.Text.Should().Contain("Body paragraph 5:").And.NotContain("teaser");
    }

    [Theory]
    [InlineData("<div class=\"RelatedBlock-module_root__x1\"><p>Related text that should not be in the article body at all, ever.</p></div>")]
    [InlineData("<div class=\"newsletterForm\"><p>Newsletter text that should not be in the article body at all, ever.</p></div>")]
    [InlineData("<section data-component=\"links-block\"><p>Links block text that should not be in the article body at all.</p></section>")]
    [InlineData("<div class=\"support-us\"><p>Support text that should not be in the article body at all, ever again.</p></div>")]
    [InlineData("<div class=\"post-feed\"><p>Feed text that should not be in the article body at all, ever again.</p></div>")]
    public void Chrome_named_in_module_classes_or_data_attributes_is_removed(string chrome)
    {
        var html = $"<html><body><article><p>The article says that 300,000 reservists could be called up in a second wave of mobilization.</p>{chrome}</article></body></html>";

        var read = ReadHtml(html);

        read.Text.Should().Be("The article says that 300,000 reservists could be called up in a second wave of mobilization.");
    }

    [Fact]
    public void Logo_heading_in_the_site_header_is_not_taken_for_the_headline()
    {
        var html = "<html><body><header class=\"site-header\"><h1><a href=\"/\">The Example Times - independent news</a></h1></header><article><p>The article says that 300,000 reservists could be called up in a second wave of mobilization.</p></article></body></html>";

        var read = ReadHtml(html);

        read.Text.Should().Be("The article says that 300,000 reservists could be called up in a second wave of mobilization.");
    }

    [Fact]
    public void Json_ld_article_is_found_as_the_main_entity_of_a_web_page_in_a_list()
    {
        var html = "<html><head><script type=\"application/ld+json\">[{\"@type\":\"BreadcrumbList\"},{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Nested &amp; found\",\"datePublished\":\"2024-03-22\",\"publisher\":[{\"@type\":\"Organization\",\"name\":\"Novaya Gazeta Europe\"}],\"inLanguage\":\"en-GB\"}}]</script></head><body><article><p>Enough text in this paragraph to be taken as the body of the article that the page carries today.</p></article></body></html>";

        var read = ReadHtml(html);

        read.Metadata.Title.Should().Be("Nested & found");
        read.Metadata.Outlet.Should().Be("Novaya Gazeta Europe");
        read.Metadata.Published.Should().Be(new DateOnly(2024, 3, 22));
        read.Metadata.Language.Should().Be("en");
    }

    [Fact]
    public void Quotation_keeps_its_attribution_footer()
    {
        var html = "<html><body><article><p>The Kremlin spokesman was asked about the reports of a new wave of mobilization on Monday.</p><blockquote><p>There are no such plans.</p><footer>Dmitry Peskov</footer></blockquote></article><footer>Site footer</footer></body></html>";

        var read = ReadHtml(html);

        read.Text.Should().EndWith("There are no such plans.\n\nDmitry Peskov");
        read.Text.Should().NotContain("Site footer");
    }

    [Fact]
    public void Page_wrapped_in_a_form_is_still_read()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 3).Select(i => $"<p>Paragraph {i} of a page that an old content system wraps in one big form element, as Web Forms did.</p>"));
        var html = $"<html><body><form id=\"aspnetForm\"><div class=\"content\">{paragraphs}</div><form class=\"search\"><input name=q></form></form></body></html>";

        var read = ReadHtml(html);

        read.Text.Should().StartWith("Paragraph 1 of a page").And.Contain("Paragraph 3");
    }

    [Theory]
    [InlineData("post-123 post type-post status-publish tag-russia tag-mobilization")]
    [InlineData("article-content paywall")]
    [InlineData("entry-meta-wrapper")]
    public void Wrapper_holding_most_of_the_body_survives_a_chrome_sounding_class(string wrapperClass)
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>Paragraph {i}: the regional enlistment office said that more reservists would be summoned for training next month.</p>"));
        var html = $"<html><body><main><div class=\"{wrapperClass}\">{paragraphs}</div><div class=\"comments\"><p>A reader comment that is not part of the article.</p></div></main></body></html>";

        var read = ReadHtml(html);

        read.Text.Should().StartWith("Paragraph 1:").And.Contain("Paragraph 4:").And.NotContain("reader comment");
    }
}
