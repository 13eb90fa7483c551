namespace MobilizationTracker.Extraction.Tests.Heldout;

/// <summary>How one article scored: counts, what was missed, what was extra, and which matched fields were wrong.</summary>
internal sealed record HeldoutArticleScore
{
    public required string File { get; init; }
    public int Gold { get; init; }
    public int Extracted { get; init; }
    public int Matched { get; init; }
    public int SourceRight { get; init; }
    public int ClaimDateRight { get; init; }
    public int KindRight { get; init; }
    public int RegionsRight { get; init; }
    public int DeniedRight { get; init; }
    public int QualifierRight { get; init; }
    public bool LanguageRight { get; init; }
    public bool ArticleRegionsRight { get; init; }
    public string? Rejection { get; init; }
    public IReadOnlyList<string> Misses { get; init; } = [];
    public IReadOnlyList<string> Extras { get; init; } = [];
    public IReadOnlyList<string> FieldErrors { get; init; } = [];
}
