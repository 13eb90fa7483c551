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

    /// <summary>
    /// <see cref="Regions"/> joined with ';' ("" when none): the codes as read when the database gave them
    /// in order already (the usual case: the ClaimRegions key is (ClaimId, RegionCode)), so an export of
    /// a million rows splits, sorts and joins nothing.
    /// </summary>
    public string SortedRegionCodes =>
        string.IsNullOrEmpty(RegionCodes) ? "" : IsSortedList(RegionCodes) ? RegionCodes : string.Join(';', Regions);

    /// <summary>Whether the ';'-joined codes are non-empty and in ordinal order.</summary>
    private static bool IsSortedList(string codes)
    {
        var previous = ReadOnlySpan<char>.Empty;
        var first = true;
        foreach (var range in codes.AsSpan().Split(';'))
        {
            var code = codes.AsSpan()[range];
            if (code.IsEmpty || (!first && previous.CompareTo(code, StringComparison.Ordinal) > 0))
            {
                return false;
            }

            previous = code;
            first = false;
        }

        return true;
    }

    /// <summary>The figure used for sorting, charting and min/max: the figure, else the high bound, else the low.</summary>
    public int? Value => Figure ?? High ?? Low;
}
