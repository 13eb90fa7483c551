using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// One article offered for ingestion by the form, the import verb or the seeding. Null metadata is
/// taken from the page itself when it has it.
/// </summary>
public sealed record ArticleSubmission
{
    public required ReadOnlyMemory<byte> Content { get; init; }
    public ContentFormat Format { get; init; } = ContentFormat.Auto;
    public string? FileName { get; init; }
    public string? Outlet { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>Claims as an editor reviewed them; when set they are stored instead of the extracted ones.</summary>
    public IReadOnlyList<ClaimDraft>? ReviewedClaims { get; init; }
}
