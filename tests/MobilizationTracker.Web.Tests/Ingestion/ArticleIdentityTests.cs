using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.Tests.Ingestion;

public sealed class ArticleIdentityTests
{
    [Theory]
    [InlineData("https://Example.ORG/News/Story/", "https://example.org/News/Story")]
    [InlineData("HTTPS://example.org/a?utm_source=x&id=7&utm_medium=y#comments", "https://example.org/a?id=7")]
    [InlineData("http://example.org:80/a", "http://example.org/a")]
    [InlineData("https://example.org:8443/a", "https://example.org:8443/a")]
    [InlineData("https://example.org/", "https://example.org")]
    [InlineData("  https://example.org/a  ", "https://example.org/a")]
    [InlineData("not a url", "not a url")]
    public void Urls_are_normalised_for_duplicate_detection(string url, string expected)
    {
        var normalised = ArticleIdentity.NormaliseUrl(url);

        normalised.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_url_is_no_url(string? url)
    {
        var normalised = ArticleIdentity.NormaliseUrl(url);

        normalised.Should().BeNull();
    }

    [Fact]
    public void Texts_differing_only_in_case_and_whitespace_have_the_same_hash()
    {
        var first = ArticleIdentity.ContentHash("Russia plans to hire\n400,000 soldiers.");
        var second = ArticleIdentity.ContentHash("  RUSSIA plans   to hire 400,000\tsoldiers.\n");

        second.Should().Be(first).And.HaveLength(64);
    }

    [Fact]
    public void Different_texts_have_different_hashes()
    {
        var first = ArticleIdentity.ContentHash("400,000 soldiers");
        var second = ArticleIdentity.ContentHash("300,000 soldiers");

        second.Should().NotBe(first);
    }
}
