namespace MobilizationTracker.Extraction.Model;

/// <summary>What the page itself says about the article (JSON-LD, OpenGraph, meta tags, time), if anything.</summary>
public sealed record ArticleMetadata
{
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }
    public string? Language { get; init; }

    public static ArticleMetadata Empty { get; } = new();
}
