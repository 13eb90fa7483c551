using System.Buffers;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Raw bytes to article text and metadata. Rejects what cannot be an article (empty, too large,
/// binary, undecodable) with a message a user can act on; decodes (<see cref="TextDecoder"/>);
/// reads HTML (<see cref="HtmlArticleReader"/>) or takes plain text as it is; and normalises the
/// text (<see cref="TextNormaliser"/> documents exactly how). Plain-text boilerplate lines are cut
/// later, by the claim extractor. Throws <see cref="OperationCanceledException"/> only when the
/// token is cancelled (the claim extractor's time budget).
/// </summary>
public static class ArticleReader
{
    private const double MaxReplacementShare = 0.1;

    /// <summary>C0 controls other than tab, line feed, form feed and carriage return.</summary>
    private static readonly SearchValues<char> ControlChars = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static ReadArticle Read(ArticleInput input, ExtractionOptions options, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var bytes = input.Content.Span;
        if (bytes.Length == 0)
        {
            return ReadArticle.Rejected("The file is empty.");
        }

        if (bytes.Length > options.MaxBytes)
        {
            return ReadArticle.Rejected(SizeLimits.TooLarge("The content", bytes.Length, options.MaxBytes));
        }

        var warnings = new List<string>();
        string text;
        var unicode = TextDecoder.DetectUnicode(bytes, out var bomLength);
        if (unicode is not null)
        {
            text = unicode.GetString(bytes[bomLength..]);
        }
        else
        {
            if (BinarySniffer.Sniff(bytes) is { } binary)
            {
                return ReadArticle.Rejected(binary);
            }

            text = TextDecoder.Decode(bytes, warnings);
        }

        if (Unreadable(text) is { } unreadable)
        {
            return ReadArticle.Rejected(unreadable);
        }

        var format = FormatSniffer.Sniff(input.Format, input.FileName, text);
        var read = format == ContentFormat.Html
            ? ReadHtml(text, options, warnings, ct)
            : new ReadArticle { Text = TextNormaliser.Normalise(text, ct), Warnings = warnings };

        if (read.Rejection is null && string.IsNullOrWhiteSpace(read.Text))
        {
            return ReadArticle.Rejected("No readable article text was found in the page.");
        }

        return read with { Decoded = text, WasHtml = format == ContentFormat.Html };
    }

    private static ReadArticle ReadHtml(string html, ExtractionOptions options, List<string> warnings, CancellationToken ct)
    {
        try
        {
            return HtmlArticleReader.Read(html, options, warnings, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A parser failure on hostile markup is the page's problem, not the caller's: reject it.
            return ReadArticle.Rejected($"The HTML could not be read ({e.GetType().Name}: {e.Message}).");
        }
    }

    private static int NextControl(ReadOnlySpan<char> sample, int at)
    {
        var next = sample[(at + 1)..].IndexOfAny(ControlChars);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static string? Unreadable(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "The content is empty: it holds only whitespace.";
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, 64 * 1024));
        var replaced = sample.Count('\uFFFD');
        if (replaced > 16 && replaced > sample.Length * MaxReplacementShare)
        {
            return "The content is not readable text: most of its bytes are not valid in any text encoding it declares or UTF-8.";
        }

        // Bytes taken for UTF-16 by their zero bytes, or a BOM in front of binary data.
        var controls = 0;
        for (var at = sample.IndexOfAny(ControlChars); at >= 0; at = NextControl(sample, at))
        {
            controls++;
        }

        return controls > 8 && controls * 100 > sample.Length
            ? "The content is binary (it contains many control characters), not text or HTML."
            : null;
    }
}
