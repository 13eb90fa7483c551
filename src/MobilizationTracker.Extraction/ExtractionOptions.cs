namespace MobilizationTracker.Extraction;

/// <summary>Limits that keep one article from taking the process down.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Wall-clock budget for reading and extracting one article; past it the article is rejected.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest input accepted, in bytes.</summary>
    public int MaxBytes { get; init; } = 10 * 1024 * 1024;

    public static ExtractionOptions Default { get; } = new();
}
