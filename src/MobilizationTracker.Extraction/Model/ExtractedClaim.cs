namespace MobilizationTracker.Extraction.Model;

/// <summary>One claim, field by field as ../shared/spec/claims.md defines it.</summary>
public sealed record ExtractedClaim
{
    /// <summary>The number of people; null when the claim is a range (then <see cref="Low"/> and <see cref="High"/>).</summary>
    public int? Figure { get; init; }
    public int? Low { get; init; }
    public int? High { get; init; }
    public Qualifier Qualifier { get; init; }
    public ClaimKind Kind { get; init; }

    /// <summary>The innermost named source, normalised through the source registry; the outlet when none.</summary>
    public required string Source { get; init; }

    public DateOnly ClaimDate { get; init; }
    public DatePrecision ClaimDatePrecision { get; init; }

    /// <summary>ISO 3166-2 codes; "RU" for a nationwide claim.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    public bool Denied { get; init; }
    public string? DeniedBy { get; init; }

    /// <summary>The sentence (or clause) the claim was read from, verbatim from the cleaned text.</summary>
    public required string Evidence { get; init; }

    /// <summary>
    /// Why the claim has its <see cref="Source"/>, for a reviewer: the phrase that named the party
    /// ("citing the General Staff", "according to Verstka", "Peskov said") and how a chain or a
    /// carried speaker was followed; null when no phrase named anybody and the outlet stands.
    /// </summary>
    public string? Attribution { get; init; }

    /// <summary>Offset of <see cref="Evidence"/> in <see cref="ExtractionResult.CleanedText"/> (UTF-16 units).</summary>
    public int EvidenceStart { get; init; }
    public int EvidenceLength { get; init; }
}
