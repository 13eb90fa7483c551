using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Denials;

/// <summary>
/// Which claims an article's denials cover (spec rule 6): a denial of plans, a second wave or a new
/// mobilization covers the targets for additional recruitment (not routine conscription), wherever
/// it is printed; an explanation-away of what is happening now also covers current counts; "will not be sent to the
/// war" covers targets only. Targets of an
/// earlier period (the 2022 partial mobilization) are not additional recruitment, and a denial that dismisses
/// a named party's report covers only the claims sourced to that party.
/// </summary>
public static partial class DenialScope
{
    /// <summary>How many months back a named month must lie for a count to be about an earlier period.</summary>
    private const int EarlierMonths = 3;

    public static (bool Denied, string? By) Covers(ClaimKind kind, string evidence, IReadOnlyList<FoundDenial> denials, DateOnly published, string? source = null)
    {
        var applicable = denials.Where(d => d.Report is null || string.Equals(d.Report, source, StringComparison.OrdinalIgnoreCase)).ToList();
        var plans = applicable.FirstOrDefault(d => d.Kind == DenialKind.Plans) ?? applicable.FirstOrDefault(d => d.Kind == DenialKind.NotForTheWar);
        var away = applicable.FirstOrDefault(d => d.Kind == DenialKind.ExplainingAway);
        if (kind == ClaimKind.Target && plans is not null && !IsRoutine(evidence) && (plans.Report is not null || !IsEarlierTarget(evidence, published)))
        {
            return (true, plans.By);
        }

        if (kind == ClaimKind.Count && away is not null && !IsEarlierPeriod(evidence, published))
        {
            return (true, (plans ?? away).By);
        }

        return (false, null);
    }

    /// <summary>Routine conscription; "conscripts" alone is routine unless the sentence is about mobilizing them.</summary>
    private static bool IsRoutine(string evidence) =>
        RoutineConscription().IsMatch(evidence) || Conscripts().IsMatch(evidence) && !Mobilize().IsMatch(evidence);

    private static bool IsEarlierTarget(string evidence, DateOnly published) =>
        EarlierTarget().IsMatch(evidence)
        || YearIn().Matches(evidence).Any(y => int.Parse(y.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) < published.Year);

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

    [GeneratedRegex(@"\b(?:spring|autumn|fall|annual|biannual|routine|regular|seasonal)\s+(?:\w+\s+)?(?:draft|conscription|call-?up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoutineConscription();

    [GeneratedRegex(@"\bconscripts\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conscripts();

    [GeneratedRegex(@"\bmobili[sz]e\b|\bmobili[sz]ing\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mobilize();

    /// <summary>A target announced for the earlier campaign: "announced a partial mobilization of 300,000 on Sept. 21".</summary>
    [GeneratedRegex(@"\b(?:partial mobili[sz]ation|last year|previous mobili[sz]ation|first wave)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierTarget();

    [GeneratedRegex(@"\bin (?<y>(?:19|20)\d{2})\b")]
    private static partial Regex YearIn();

    [GeneratedRegex(@"\b(?:in (?:19|20)\d{2}|last (?:year|autumn|fall|mobili[sz]ation)|in the (?:fall|autumn)|since (?:19|20)\d{2}|during the (?:first|partial|last|previous)|previous mobili[sz]ation|partial mobili[sz]ation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastPeriod();
}
