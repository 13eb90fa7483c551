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

    /// <summary>People who left or fled the country ("700,000 people have left Russia since the mobilization").</summary>
    Emigration,

    /// <summary>People detained or arrested (at protests, raids).</summary>
    Detentions,

    /// <summary>People evacuated from border areas or shelled towns.</summary>
    Evacuees,

    /// <summary>Prisoners of war returned or exchanged, deserters.</summary>
    PrisonersOrDeserters,
    TooSmall,
    NotAboutPeople,
}
