using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Dates;

/// <summary>When a source made a claim public, at day or month precision.</summary>
public sealed record ClaimDate(DateOnly Date, DatePrecision Precision)
{
    public override string ToString() => Tokens.FormatClaimDate(Date, Precision);
}
