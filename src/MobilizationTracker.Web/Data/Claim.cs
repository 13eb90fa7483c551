using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Data;

/// <summary>One claim (../shared/spec/claims.md): a figure of people, attributed, dated, placed, maybe denied.</summary>
public sealed class Claim
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    public int? Figure { get; set; }
    public int? Low { get; set; }
    public int? High { get; set; }
    public Qualifier Qualifier { get; set; }
    public ClaimKind Kind { get; set; }

    public int SourceId { get; set; }
    public Source? Source { get; set; }

    public DateOnly ClaimDate { get; set; }
    public DatePrecision ClaimDatePrecision { get; set; }

    public List<Region> Regions { get; set; } = [];

    public bool Denied { get; set; }
    public string? DeniedBy { get; set; }

    public required string Evidence { get; set; }

    /// <summary>Offset of the evidence in the article's cleaned text; -1 when an editor typed it.</summary>
    public int EvidenceStart { get; set; }
    public int EvidenceLength { get; set; }

    /// <summary>Optimistic-concurrency token, bumped on every update.</summary>
    public int Version { get; set; }

    /// <summary>Why the claim has its source, as the extractor read it ("citing the General Staff"); null when the outlet stands or an editor typed the claim.</summary>
    /// <remarks>Last, as the migration that added it put the column last.</remarks>
    public string? Attribution { get; set; }

    // Read model: copies the database keeps up to date with triggers (migration ClaimReadModel), so
    // each timeline filter is a plain indexed column. Never written by the application.

    /// <summary>The article's outlet, for the outlet filter's (Outlet, ClaimDate, Id) index.</summary>
    public string? Outlet { get; private set; }

    /// <summary>The largest value the claim states: the figure, else the high bound, else the low one (min filter).</summary>
    public int? MaxValue { get; private set; }

    /// <summary>The smallest value the claim states: the figure, else the low bound, else the high one (max filter).</summary>
    public int? MinValue { get; private set; }

    /// <summary>
    /// The claim's region codes in ordinal order joined with ';' ("" for none), copied from
    /// ClaimRegions (migration ClaimRegionCodes): a page, an export or the API reads them as one
    /// column instead of a grouped subquery per row.
    /// </summary>
    public string RegionCodes { get; private set; } = "";
}
