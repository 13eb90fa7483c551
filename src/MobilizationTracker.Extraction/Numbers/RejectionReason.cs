namespace MobilizationTracker.Extraction.Numbers;

/// <summary>Why a number is not a claim (spec: money, percentages, years, days, ages, counts of regions...).</summary>
public enum RejectionReason
{
    Money,
    Percentage,
    Year,
    DayOfMonth,
    Age,
    Duration,
    RegionOrUnitCount,
    UnitNumber,
    Casualties,
    FrontTroops,
    ReservePool,
    Difference,
    TooSmall,
    NotAboutPeople,
}
