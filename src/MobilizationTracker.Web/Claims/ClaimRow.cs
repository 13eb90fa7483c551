using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// One claim with its article's metadata, as the timeline, the compare view and the exports show it.
/// <see cref="RegionCodes"/> is the claim's ISO codes joined with ';' (sorted).
/// </summary>
public sealed record ClaimRow(
    int ClaimId,
    int? Figure,
    int? Low,
    int? High,
    Qualifier Qualifier,
    ClaimKind Kind,
    string Source,
    DateOnly ClaimDate,
    DatePrecision ClaimDatePrecision,
    string? RegionCodes,
    bool Denied,
    string? DeniedBy,
    string Evidence,
    int ArticleId,
    string Outlet,
    string Title,
    string? Url,
    DateOnly Published)
{
    public IReadOnlyList<string> Regions =>
        string.IsNullOrEmpty(RegionCodes)
            ? []
            : RegionCodes.Split(';', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToList();

    /// <summary>The figure used for sorting, charting and min/max: the figure, else the high bound, else the low.</summary>
    public int? Value => Figure ?? High ?? Low;
}
