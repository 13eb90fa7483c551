namespace MobilizationTracker.Extraction.Model;

/// <summary>How precise a claim date is. Tokens: day, month.</summary>
public enum DatePrecision
{
    Day,
    Month,
}
