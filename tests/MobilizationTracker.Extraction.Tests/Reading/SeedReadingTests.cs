using System.Net;
using System.Text;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Extraction.Tests.Reading;

/// <summary>The seed articles read the same as plain text and as the body of a cluttered HTML page.</summary>
public sealed class SeedReadingTests
{
    public static TheoryData<string> SeedFiles() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Select(Path.GetFileName).OfType<string>().Order());

    private static string SeedPath(string file) => Path.Combine(AppContext.BaseDirectory, "seeds", file);

    private static ReadArticle Read(byte[] bytes, string fileName) =>
        ArticleReader.Read(new ArticleInput { Content = bytes, FileName = fileName }, ExtractionOptions.Default, CancellationToken.None);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Seed_text_reads_without_rejection_or_warnings(string file)
    {
        var read = Read(File.ReadAllBytes(SeedPath(file)), file);

        read.Rejection.Should().BeNull();
        read.WasHtml.Should().BeFalse();
        read.Warnings.Should().BeEmpty();
        read.Text.Should().NotContain("\n\n\n").And.NotContain("  ");
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Seed_wrapped_in_a_news_page_reads_as_the_same_text(string file)
    {
        var lines = File.ReadAllLines(SeedPath(file)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var body = string.Concat(lines.Skip(1).Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>\n"));
        var html = $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(lines[0])}</title></head>
            <body><header class="site-header"><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
            <main><article><h1>{WebUtility.HtmlEncode(lines[0])}</h1>
            <div class="share"><a href="#">Share</a></div>
            <div class="article-body">{body}</div>
            <div class="related-posts"><h2>Related</h2><ul><li><a href="/x">Another story entirely</a></li></ul></div>
            </article></main><footer><p>Copyright</p></footer></body></html>
            """;
        var plain = Read(Encoding.UTF8.GetBytes(string.Join("\n\n", lines)), file);

        var fromHtml = Read(Encoding.UTF8.GetBytes(html), "page.html");

        fromHtml.WasHtml.Should().BeTrue();
        fromHtml.Text.Should().Be(plain.Text);
    }
}
