namespace MobilizationTracker.Extraction.Cleaning;

/// <summary>A range of the cleaned text (UTF-16 units).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}

/// <summary>
/// The article text with boilerplate cut: kept lines joined by blank lines. <see cref="Headline"/>
/// is the paragraph holding the headline, when one was found (its claims restate the body's).
/// </summary>
public sealed record CleanedArticle
{
    public required string Text { get; init; }
    public IReadOnlyList<TextSpan> Paragraphs { get; init; } = [];
    public int? Headline { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
