using System.Text;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Extraction.Tests.Reading;

public sealed class DecodingTests
{
    private const string Russian = "Военкоматы начали рассылать повестки мужчинам в нескольких регионах России.";

    static DecodingTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private static ReadArticle Read(byte[] bytes, string? fileName = null) =>
        ArticleReader.Read(new ArticleInput { Content = bytes, FileName = fileName }, ExtractionOptions.Default, CancellationToken.None);

    private static string Page(string charsetDeclaration) =>
        $"<html><head>{charsetDeclaration}<title>Повестки</title></head><body><article><p>{Russian}</p></article></body></html>";

    [Fact]
    public void Windows_1251_page_is_decoded_through_its_meta_charset()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes(Page("<meta charset=\"windows-1251\">"));

        var read = Read(bytes);

        read.Text.Should().Be(Russian);
        read.Metadata.Title.Should().Be("Повестки");
        read.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Koi8_r_page_is_decoded_through_its_http_equiv_content_type()
    {
        var bytes = Encoding.GetEncoding("koi8-r").GetBytes(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\">"));

        var read = Read(bytes);

        read.Text.Should().Be(Russian);
    }

    [Fact]
    public void Declared_single_byte_charset_is_overruled_by_valid_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"windows-1251\">"));

        var read = Read(bytes);

        read.Text.Should().Be(Russian);
        read.Warnings.Should().ContainSingle(w => w.Contains("valid UTF-8"));
    }

    [Fact]
    public void Unknown_declared_charset_falls_back_to_utf8_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<meta charset=\"x-no-such-charset\">"));

        var read = Read(bytes);

        read.Text.Should().Be(Russian);
        read.Warnings.Should().ContainSingle(w => w.Contains("x-no-such-charset"));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    public void Byte_order_mark_decides_the_encoding(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Russian + "\r\nSecond line.")).ToArray();

        var read = Read(bytes, "article.txt");

        read.Rejection.Should().BeNull();
        read.Text.Should().Be(Russian + "\nSecond line.");
    }

    [Fact]
    public void Utf16_without_a_bom_is_recognised_by_its_zero_bytes()
    {
        var bytes = Encoding.Unicode.GetBytes("Plain English text saved as UTF-16 without a byte order mark.");

        var read = Read(bytes);

        read.Rejection.Should().BeNull();
        read.Text.Should().Be("Plain English text saved as UTF-16 without a byte order mark.");
    }

    [Fact]
    public void Bom_wins_over_a_declared_charset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page("<meta charset=\"koi8-r\">"))).ToArray();

        var read = Read(bytes);

        read.Text.Should().Be(Russian);
        read.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("Figures: 300,000 men ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(" were called up.")).ToArray();

        var read = Read(bytes);

        read.Rejection.Should().BeNull();
        read.Text.Should().StartWith("Figures: 300,000 men \uFFFD").And.EndWith(" were called up.");
        read.Warnings.Should().ContainSingle(w => w.Contains("not valid UTF-8"));
    }

    [Fact]
    public void Latin1_label_means_windows_1252_as_browsers_read_it()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes(
            "<html><head><meta charset=\"iso-8859-1\"></head><body><article><p>\u201CWe will call up 300,000 reservists,\u201D the minister said \u2013 a figure repeated later that day.</p></article></body></html>");

        var read = Read(bytes);

        read.Text.Should().Be("\"We will call up 300,000 reservists,\" the minister said - a figure repeated later that day.");
    }

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    public void Undeclared_russian_text_in_a_legacy_encoding_is_recognised(string encodingName)
    {
        var bytes = Encoding.GetEncoding(encodingName).GetBytes(Russian + "\nМинобороны планирует призвать 300 тысяч человек.");

        var read = Read(bytes, "article.txt");

        read.Text.Should().Be(Russian + "\nМинобороны планирует призвать 300 тысяч человек.");
        read.Warnings.Should().ContainSingle(w => w.Contains(encodingName));
    }
}
