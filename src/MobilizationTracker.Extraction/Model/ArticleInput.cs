namespace MobilizationTracker.Extraction.Model;

/// <summary>
/// One article as it arrives: the raw bytes of a file, a pasted text or an HTML page, plus what the
/// editor or a manifest says about it. Fields left null are taken from the page's metadata when it has them.
/// </summary>
public sealed record ArticleInput
{
    /// <summary>The raw content, undecoded: the reader honours a BOM and a declared charset.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Html, Text, or Auto (sniffed from the content and the file name).</summary>
    public ContentFormat Format { get; init; } = ContentFormat.Auto;

    /// <summary>The file name, when there is one; used to sniff the format (.html, .htm, .txt).</summary>
    public string? FileName { get; init; }

    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }

    /// <summary>The publication date; claim dates are resolved against it and never after it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Convenience for text the caller already holds as a string (pasted text, tests).</summary>
    public static ArticleInput FromText(string text, ContentFormat format = ContentFormat.Auto) =>
        new() { Content = System.Text.Encoding.UTF8.GetBytes(text), Format = format };
}
