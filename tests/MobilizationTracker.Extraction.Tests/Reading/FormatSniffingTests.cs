using System.Text;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Extraction.Tests.Reading;

public sealed class FormatSniffingTests
{
    private const string Prose = "Officials said the <b>campaign</b> would start in April and last until the end of the year.";

    private static ReadArticle Read(string content, string? fileName, ContentFormat format = ContentFormat.Auto) =>
        ArticleReader.Read(new ArticleInput { Content = Encoding.UTF8.GetBytes(content), FileName = fileName, Format = format }, ExtractionOptions.Default, CancellationToken.None);

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>" + Prose + "</p></body></html>", null)]
    [InlineData("<!-- saved page -->\n<html><body><p>" + Prose + "</p></body></html>", "page.txt")]
    [InlineData("<p>" + Prose + "</p>", "page.html")]
    [InlineData("<p>" + Prose + "</p>", "PAGE.HTM")]
    [InlineData("<div><p>" + Prose + "</p><p>Second</p><br></div>", null)]
    public void Html_is_recognised(string content, string? fileName)
    {
        var read = Read(content, fileName);

        read.WasHtml.Should().BeTrue();
        read.Text.Should().Contain("said the campaign would start");
    }

    [Theory]
    [InlineData(Prose, null)]
    [InlineData("<p>" + Prose + "</p>", "copied.txt")]
    public void Text_is_recognised(string content, string? fileName)
    {
        var read = Read(content, fileName);

        read.WasHtml.Should().BeFalse();
        read.Text.Should().Contain("said the <b>campaign</b> would");
    }

    [Fact]
    public void Explicit_format_wins_over_sniffing()
    {
        var read = Read("<!DOCTYPE html><html><body><p>" + Prose + "</p></body></html>", "page.html", ContentFormat.Text);

        read.WasHtml.Should().BeFalse();
    }

    [Fact]
    public void Seed_text_files_read_as_plain_text_with_their_lines()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seeds", "000_4128a333739f4aed.txt");

        var read = ArticleReader.Read(new ArticleInput { Content = File.ReadAllBytes(path), FileName = path }, ExtractionOptions.Default, CancellationToken.None);

        read.WasHtml.Should().BeFalse();
        read.Text.Should().StartWith("News Feed\n\nMedia: Russia plans to hire 400,000 professional soldiers\n\n1 min read\n\n");
    }
}
