using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// An article decoded and, for HTML, reduced to its main text: paragraphs separated by blank lines,
/// entities decoded, spaces/quotes/dashes normalised. Plain-text boilerplate lines are cut later.
/// </summary>
public sealed record ReadArticle
{
    public string Text { get; init; } = "";
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;
    public bool WasHtml { get; init; }

    /// <summary>The content decoded (BOM, declared charset or UTF-8) before any reading: what an article stores as its raw content.</summary>
    public string Decoded { get; init; } = "";
    public string? Rejection { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static ReadArticle Rejected(string reason) => new() { Rejection = reason };
}
