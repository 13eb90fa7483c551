namespace MobilizationTracker.Web.Data;

/// <summary>
/// One region of a claim: the join row of the claims-regions many-to-many. It carries a copy of the
/// claim's date (kept by database triggers, migration ClaimReadModel) so the region filter walks
/// the index (RegionCode, ClaimDate, ClaimId) in timeline order and stops at the page.
/// </summary>
public sealed class ClaimRegion
{
    public int ClaimId { get; set; }
    public string RegionCode { get; set; } = "";

    /// <summary>The claim's <see cref="Claim.ClaimDate"/>; never written by the application.</summary>
    public DateOnly? ClaimDate { get; private set; }
}
