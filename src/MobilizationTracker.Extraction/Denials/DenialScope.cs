using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Denials;

/// <summary>
/// Which claims an article's denials cover (spec rule 6): a denial of plans, a second wave or a new
/// mobilization covers the targets for additional recruitment (not routine conscription), wherever
/// it is printed; an explanation-away of what is happening now also covers current counts.
/// </summary>
public static partial class DenialScope
{
    /// <summary>How many months back a named month must lie for a count to be about an earlier period.</summary>
    private const int EarlierMonths = 3;

    public static (bool Denied, string? By) Covers(ClaimKind kind, string evidence, IReadOnlyList<FoundDenial> denials, DateOnly published)
    {
        var plans = denials.FirstOrDefault(d => d.Kind == DenialKind.Plans);
        var away = denials.FirstOrDefault(d => d.Kind == DenialKind.ExplainingAway);
        if (kind == ClaimKind.Target && plans is not null && !RoutineConscription().IsMatch(evidence))
        {
            return (true, plans.By);
        }

        if (kind == ClaimKind.Count && away is not null && !IsEarlierPeriod(evidence, published))
        {
            return (true, (plans ?? away).By);
        }

        return (false, null);
    }

    private static bool IsEarlierPeriod(string evidence, DateOnly published)
    {
        if (PastPeriod().IsMatch(evidence))
        {
            return true;
        }

        foreach (Match m in MonthIn().Matches(evidence))
        {
            var month = Array.FindIndex(MonthNames, n => n.Equals(m.Groups["mon"].Value, StringComparison.OrdinalIgnoreCase)) + 1;
            var back = (published.Month - month + 12) % 12;
            if (back >= EarlierMonths)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [GeneratedRegex(@"\bin (?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b")]
    private static partial Regex MonthIn();

    [GeneratedRegex(@"\b(?:spring|autumn|fall|annual|biannual|routine|regular|seasonal)\s+(?:\w+\s+)?(?:draft|conscription|call-?up)\b|\bconscripts\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoutineConscription();

    [GeneratedRegex(@"\b(?:in (?:19|20)\d{2}|last (?:year|autumn|fall|mobili[sz]ation)|in the (?:fall|autumn)|since (?:19|20)\d{2}|during the (?:first|partial|last|previous)|previous mobili[sz]ation|partial mobili[sz]ation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastPeriod();
}
