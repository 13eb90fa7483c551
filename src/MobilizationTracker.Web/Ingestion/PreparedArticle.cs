using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>An article checked and ready to store, or the reason it cannot be.</summary>
internal sealed record PreparedArticle
{
    public string? Failure { get; init; }
    public string Outlet { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Url { get; init; }
    public DateOnly Published { get; init; }
    public string RawContent { get; init; } = "";
    public string ContentFormat { get; init; } = "";
    public string CleanedText { get; init; } = "";
    public string ContentHash { get; init; } = "";
    public string Language { get; init; } = "und";
    public IReadOnlyList<ClaimDraft> Claims { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<Denial> Denials { get; init; } = [];

    public static PreparedArticle Failed(string reason) => new() { Failure = reason };
}
