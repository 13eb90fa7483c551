using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>Drafts to rows: the one place that maps between extraction output and entities.</summary>
internal static class ClaimMapping
{
    public static Claim ToEntity(ClaimDraft draft, Source source, IEnumerable<Region> regions) => new()
    {
        Figure = draft.Figure,
        Low = draft.Low,
        High = draft.High,
        Qualifier = draft.Qualifier,
        Kind = draft.Kind,
        Source = source,
        ClaimDate = draft.ClaimDate,
        ClaimDatePrecision = draft.ClaimDatePrecision,
        Regions = [.. regions],
        Denied = draft.Denied,
        DeniedBy = string.IsNullOrWhiteSpace(draft.DeniedBy) ? null : draft.DeniedBy.Trim(),
        Evidence = draft.Evidence,
        EvidenceStart = draft.EvidenceStart,
        EvidenceLength = draft.EvidenceLength,
    };
}
