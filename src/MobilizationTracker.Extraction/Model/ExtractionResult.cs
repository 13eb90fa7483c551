namespace MobilizationTracker.Extraction.Model;

/// <summary>Everything read from one article. <see cref="Rejection"/> is set when the input is unusable.</summary>
public sealed record ExtractionResult
{
    /// <summary>Metadata found in the page (for prefilling the form); the caller's input wins over it.</summary>
    public ArticleMetadata Metadata { get; init; } = ArticleMetadata.Empty;

    /// <summary>The article body with boilerplate removed; evidence offsets point into it.</summary>
    public string CleanedText { get; init; } = "";

    /// <summary>The format the reader decided on (<see cref="ContentFormat.Html"/> or <see cref="ContentFormat.Text"/>); Auto only when rejected.</summary>
    public ContentFormat Format { get; init; } = ContentFormat.Auto;

    /// <summary>The content as decoded by the reader (BOM, declared charset, else UTF-8): the article's raw text, before cleaning.</summary>
    public string DecodedText { get; init; } = "";

    /// <summary>ISO 639-1 code ("en", "ru", "uk"), or "und" when unknown.</summary>
    public string Language { get; init; } = "und";

    public IReadOnlyList<ExtractedClaim> Claims { get; init; } = [];

    /// <summary>Article-level regions: where recruitment is reported (subnational ISO 3166-2 codes).</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<Denial> Denials { get; init; } = [];

    /// <summary>Things a reviewer should know (skipped figures, unknown language, truncated input).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Why the input could not be read at all (empty, binary, too large, over the time budget); null when fine.</summary>
    public string? Rejection { get; init; }

    public bool IsRejected => Rejection is not null;

    public static ExtractionResult Rejected(string reason) => new() { Rejection = reason };
}
