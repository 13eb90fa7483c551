using System.Globalization;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;

namespace MobilizationTracker.Web.Pages.Shared;

/// <summary>How pages write claim values for people (the exports use tokens and ISO forms instead).</summary>
public static class ClaimFormat
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"400,000", "up to 500,000", "about 100", "at least 300,000", "500–600".</summary>
    public static string Figure(int? figure, int? low, int? high, Qualifier qualifier)
    {
        var number = figure is { } f
            ? Number(f)
            : (low, high) switch
            {
                ({ } l, { } h) => Number(l) + "\u2013" + Number(h),
                ({ } l, null) => Number(l),
                (null, { } h) => Number(h),
                _ => "?",
            };
        return qualifier switch
        {
            Qualifier.Approx => "about " + number,
            Qualifier.UpTo => "up to " + number,
            Qualifier.AtLeast => "at least " + number,
            _ => number,
        };
    }

    public static string Number(int n) => n.ToString("N0", English);

    public static string Kind(ClaimKind kind) => kind switch
    {
        ClaimKind.Target => "Target",
        ClaimKind.Count => "Count",
        ClaimKind.ForceSize => "Force size",
        ClaimKind.Rate => "Rate",
        _ => kind.ToString(),
    };

    public static string QualifierWords(Qualifier qualifier) => qualifier switch
    {
        Extraction.Model.Qualifier.Exact => "exact",
        Extraction.Model.Qualifier.Approx => "approximately",
        Extraction.Model.Qualifier.UpTo => "up to",
        Extraction.Model.Qualifier.AtLeast => "at least",
        _ => qualifier.ToString(),
    };

    /// <summary>"14 March 2023", or "March 2023" at month precision.</summary>
    public static string Date(DateOnly date, DatePrecision precision) =>
        precision == DatePrecision.Month
            ? date.ToString("MMMM yyyy", English)
            : date.ToString("d MMMM yyyy", English);

    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", English);

    public static string RegionNames(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(RegionGazetteer.NameOf));
}
