using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>Drafts to rows and back: the one place the claim fields are mapped between a draft and an entity.</summary>
internal static class ClaimMapping
{
    /// <summary>A new claim row from the draft (version 1, offsets from the draft).</summary>
    public static Claim NewClaim(ClaimDraft draft, Source source, IEnumerable<Region> regions) =>
        Apply(new Claim { Evidence = "", EvidenceStart = -1, Version = 1 }, draft, source, regions);

    /// <summary>Writes the draft onto the claim (new or stored), with its source and regions as navigations.</summary>
    public static Claim Apply(Claim claim, ClaimDraft draft, Source source, IEnumerable<Region> regions)
    {
        claim.Figure = draft.Figure;
        claim.Low = draft.Low;
        claim.High = draft.High;
        claim.Qualifier = draft.Qualifier;
        claim.Kind = draft.Kind;
        claim.Source = source;
        claim.ClaimDate = draft.ClaimDate;
        claim.ClaimDatePrecision = draft.ClaimDatePrecision;
        claim.Denied = draft.Denied || !string.IsNullOrWhiteSpace(draft.DeniedBy);
        claim.DeniedBy = string.IsNullOrWhiteSpace(draft.DeniedBy) ? null : draft.DeniedBy.Trim();
        claim.Attribution = string.IsNullOrWhiteSpace(draft.Attribution) ? null : draft.Attribution.Trim();
        if (draft.EvidenceStart >= 0 || claim.Evidence != draft.Evidence)
        {
            // Offsets hold only for the extracted sentence; evidence an editor retyped has none.
            claim.EvidenceStart = draft.EvidenceStart;
            claim.EvidenceLength = draft.EvidenceStart >= 0 ? draft.EvidenceLength : 0;
        }

        claim.Evidence = draft.Evidence;
        var wanted = regions.ToList();
        claim.Regions.RemoveAll(r => !wanted.Contains(r));
        claim.Regions.AddRange(wanted.Where(r => !claim.Regions.Contains(r)));
        return claim;
    }

    /// <summary>A stored claim as a draft (the claim editor's starting values).</summary>
    public static ClaimDraft ToDraft(Claim c) => new()
    {
        Figure = c.Figure,
        Low = c.Low,
        High = c.High,
        Qualifier = c.Qualifier,
        Kind = c.Kind,
        Source = c.Source?.Name ?? "",
        ClaimDate = c.ClaimDate,
        ClaimDatePrecision = c.ClaimDatePrecision,
        Regions = [.. c.Regions.Select(r => r.Code).Order(StringComparer.Ordinal)],
        Denied = c.Denied,
        DeniedBy = c.DeniedBy,
        Evidence = c.Evidence,
        Attribution = c.Attribution,
        EvidenceStart = c.EvidenceStart,
        EvidenceLength = c.EvidenceLength,
    };
}
