using System.Text;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Extraction.Tests.Reading;

/// <summary>
/// Hostile and broken inputs from the issue: each gives a clean result or a clear rejection, through
/// the claim extractor (with its time budget), never an exception or a hang.
/// </summary>
public sealed class BadInputTests
{
    private static ExtractionResult Extract(byte[] bytes, string? fileName = null, ExtractionOptions? options = null) =>
        new ClaimExtractor(options: options).Extract(new ArticleInput { Content = bytes, FileName = fileName });

    private static byte[] Repeat(string unit, int bytes)
    {
        var sb = new StringBuilder(bytes + unit.Length);
        while (sb.Length < bytes)
        {
            sb.Append(unit);
        }

        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var result = Extract([]);

        result.Rejection.Should().Be("The file is empty.");
    }

    [Theory]
    [InlineData("   \n\t\r\n  ")]
    [InlineData("\uFEFF  \n")]
    public void Whitespace_only_file_is_rejected(string content)
    {
        var result = Extract(Encoding.UTF8.GetBytes(content));

        result.Rejection.Should().Contain("empty");
    }

    [Fact]
    public void Page_without_any_article_text_is_rejected()
    {
        var result = Extract(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><script>var a = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>"));

        result.Rejection.Should().Be("No readable article text was found in the page.");
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "PNG")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "JPEG")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }, "gzip")]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43 }, "NUL")]
    public void Binary_content_is_rejected_with_what_it_looks_like(byte[] start, string named)
    {
        var bytes = start.Concat(Repeat("filler text ", 2000)).ToArray();

        var result = Extract(bytes, "upload.html");

        result.Rejection.Should().Contain(named).And.Contain("not text or HTML");
    }

    [Fact]
    public void Binary_data_behind_a_byte_order_mark_is_rejected()
    {
        var random = new Random(3);
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Enumerable.Range(0, 10_000).Select(_ => (byte)random.Next(0, 32))).ToArray();

        var result = Extract(bytes);

        result.Rejection.Should().Contain("binary");
    }

    [Fact]
    public void Content_full_of_control_characters_is_rejected_as_binary()
    {
        var random = new Random(42);
        var bytes = Enumerable.Range(0, 10_000).Select(_ => (byte)random.Next(1, 256)).ToArray();

        var result = Extract(bytes);

        result.Rejection.Should().Contain("control characters");
    }

    [Fact]
    public void Twenty_megabyte_page_is_rejected_as_too_large()
    {
        var bytes = Repeat("<p>Some paragraph text with <a href='x'>a link</a> in it.</p>\n", 20 * 1024 * 1024);

        var result = Extract(bytes, "huge.html");

        result.Rejection.Should().Be("The content is too large: 20 MB, the limit is 10 MB.");
    }

    [Fact]
    public void Twenty_thousand_nested_divs_are_flattened_and_read()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Recruitment offices in Voronezh sent out summonses this week.</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000));

        var result = Extract(Encoding.UTF8.GetBytes(html), "deep.html");

        result.Rejection.Should().BeNull();
        result.CleanedText.Should().Contain("Recruitment offices in Voronezh sent out summonses this week.");
        result.Warnings.Should().NotBeNull();
    }

    [Fact]
    public void Twenty_thousand_nested_divs_give_a_flattening_warning()
    {
        var html = string.Concat(Enumerable.Repeat("<div class=\"wrap\">", 20_000)) + "Deep text about summonses sent to reservists in Tyumen Oblast this week.";

        var read = ArticleReader.Read(new ArticleInput { Content = Encoding.UTF8.GetBytes(html), Format = ContentFormat.Html }, ExtractionOptions.Default, CancellationToken.None);

        read.Rejection.Should().BeNull();
        read.Text.Should().Be("Deep text about summonses sent to reservists in Tyumen Oblast this week.");
        read.Warnings.Should().ContainSingle(w => w.Contains("nests deeper than 256"));
    }

    [Theory]
    [InlineData("<b><i><u>")]
    [InlineData("<b><i><u>x")]
    [InlineData("<a><b>x")]
    [InlineData("<em><strong><div>")]
    [InlineData("<ul><li>")]
    [InlineData("<font color=red>x<p>")]
    public void Sixty_kilobytes_of_nested_inline_tags_are_defused(string unit)
    {
        var html = Encoding.UTF8.GetString(Repeat(unit, 60 * 1024)) + "<p>Officials said 300,000 reservists would be called up.</p>";

        var read = ArticleReader.Read(new ArticleInput { Content = Encoding.UTF8.GetBytes(html), Format = ContentFormat.Html }, ExtractionOptions.Default, CancellationToken.None);

        read.Rejection.Should().BeNull();
        read.Text.Should().Contain("Officials said 300,000 reservists would be called up.");
        read.Warnings.Should().NotBeEmpty();
    }

    [Fact]
    public void Tag_with_a_huge_number_of_attributes_is_stripped()
    {
        var attributes = string.Concat(Enumerable.Range(0, 50_000).Select(i => $" a{i}=\"{i}\""));
        var html = $"<html><body><article{attributes}><p>Summonses were handed out in Penza, local media reported on Monday.</p></article></body></html>";

        var read = ArticleReader.Read(new ArticleInput { Content = Encoding.UTF8.GetBytes(html) }, ExtractionOptions.Default, CancellationToken.None);

        read.Text.Should().Be("Summonses were handed out in Penza, local media reported on Monday.");
        read.Warnings.Should().ContainSingle(w => w.Contains("attributes were dropped"));
    }

    [Fact]
    public void Invalid_utf8_gives_a_result_with_a_warning()
    {
        var bytes = Encoding.UTF8.GetBytes("Verstka reported that 300,000 soldiers ").Concat(new byte[] { 0xE2, 0x28, 0xA1, 0xC0, 0xAF }).Concat(Encoding.UTF8.GetBytes(" would be recruited.")).ToArray();

        var read = ArticleReader.Read(new ArticleInput { Content = bytes, FileName = "broken.txt" }, ExtractionOptions.Default, CancellationToken.None);

        read.Rejection.Should().BeNull();
        read.Text.Should().Be("Verstka reported that 300,000 soldiers \uFFFD(\uFFFD\uFFFD\uFFFD would be recruited.");
        read.Warnings.Should().ContainSingle(w => w.Contains("not valid UTF-8"));
    }

    [Fact]
    public void Mostly_undecodable_bytes_are_rejected()
    {
        var random = new Random(7);
        var bytes = Enumerable.Range(0, 10_000).Select(_ => (byte)random.Next(0x80, 0x100)).ToArray();

        var result = Extract(bytes);

        result.Rejection.Should().Contain("not readable text");
    }

    [Fact]
    public void Page_that_outlasts_the_budget_is_rejected_not_thrown()
    {
        // 8 MB of paragraphs take hundreds of milliseconds to parse; the budget is one millisecond.
        var bytes = Repeat("<p>Some paragraph text with <a href='x'>a link</a> in it.</p>\n", 8 * 1024 * 1024);

        var result = Extract(bytes, "big.html", new ExtractionOptions { Budget = TimeSpan.FromMilliseconds(1) });

        result.Rejection.Should().Contain("budget");
    }

    [Fact]
    public void Article_that_outlasted_the_budget_is_rejected_when_the_timer_fires_late()
    {
        // A loaded machine: the budget's timer has not run by the time the work is done.
        var bytes = Encoding.UTF8.GetBytes("Verstka reported that 300,000 soldiers would be recruited in Penza.");
        var options = new ExtractionOptions { Budget = TimeSpan.FromSeconds(10), Clock = new LateClock(TimeSpan.FromMinutes(1)) };

        var result = Extract(bytes, "late.txt", options);

        result.Rejection.Should().Contain("10 s budget");
    }

    [Fact]
    public void Article_within_the_budget_is_not_rejected_by_a_late_clock_check()
    {
        var bytes = Encoding.UTF8.GetBytes("Verstka reported that 300,000 soldiers would be recruited in Penza.");
        var options = new ExtractionOptions { Budget = TimeSpan.FromSeconds(10), Clock = new LateClock(TimeSpan.FromSeconds(1)) };

        var result = Extract(bytes, "quick.txt", options);

        result.Rejection.Should().BeNull();
        result.Claims.Should().NotBeEmpty();
    }

    /// <summary>A clock whose timers never fire and whose every reading is <c>step</c> after the last.</summary>
    private sealed class LateClock(TimeSpan step) : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _now += step.Ticks;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Stopped();

        private sealed class Stopped : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    [Fact]
    public void Cancelled_token_stops_reading_with_the_cancellation_exception()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var input = new ArticleInput { Content = Repeat("<p>text</p>", 1024 * 1024), Format = ContentFormat.Html };

        var read = () => ArticleReader.Read(input, ExtractionOptions.Default, cancelled.Token);

        read.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Ordinary_page_markup_is_left_exactly_as_it_is()
    {
        var warnings = new List<string>();

        var defused = MarkupGuard.Defuse(NewsPages.FullPage, ExtractionOptions.Default, warnings, CancellationToken.None);

        defused.Should().BeSameAs(NewsPages.FullPage);
        warnings.Should().BeEmpty();
    }
}
