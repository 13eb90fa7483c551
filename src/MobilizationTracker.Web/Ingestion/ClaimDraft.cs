using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>A claim as extracted or as an editor corrected it, before it is stored.</summary>
public sealed record ClaimDraft
{
    public int? Figure { get; init; }
    public int? Low { get; init; }
    public int? High { get; init; }
    public Qualifier Qualifier { get; init; }
    public ClaimKind Kind { get; init; }
    public required string Source { get; init; }
    public DateOnly ClaimDate { get; init; }
    public DatePrecision ClaimDatePrecision { get; init; }
    public IReadOnlyList<string> Regions { get; init; } = [];
    public bool Denied { get; init; }
    public string? DeniedBy { get; init; }
    public required string Evidence { get; init; }

    /// <summary>Why the claim has its source (<see cref="ExtractedClaim.Attribution"/>); kept when an editor changes the source by hand.</summary>
    public string? Attribution { get; init; }

    /// <summary>Offset of the evidence in the cleaned text; -1 when an editor typed it.</summary>
    public int EvidenceStart { get; init; } = -1;
    public int EvidenceLength { get; init; }

    public static ClaimDraft FromExtracted(ExtractedClaim c) => new()
    {
        Figure = c.Figure,
        Low = c.Low,
        High = c.High,
        Qualifier = c.Qualifier,
        Kind = c.Kind,
        Source = c.Source,
        ClaimDate = c.ClaimDate,
        ClaimDatePrecision = c.ClaimDatePrecision,
        Regions = c.Regions,
        Denied = c.Denied,
        DeniedBy = c.DeniedBy,
        Evidence = c.Evidence,
        Attribution = c.Attribution,
        EvidenceStart = c.EvidenceStart,
        EvidenceLength = c.EvidenceLength,
    };
}
