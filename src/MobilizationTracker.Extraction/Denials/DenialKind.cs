namespace MobilizationTracker.Extraction.Denials;

/// <summary>What an official denial covers.</summary>
public enum DenialKind
{
    /// <summary>A denial of plans, a second wave or a new mobilization: covers the article's targets (spec rule 6).</summary>
    Plans,

    /// <summary>Explaining the activity away ("only updating registration data", "we don't have mobilization"): covers what is happening now.</summary>
    ExplainingAway,
}
