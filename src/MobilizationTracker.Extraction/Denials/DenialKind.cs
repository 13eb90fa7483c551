namespace MobilizationTracker.Extraction.Denials;

/// <summary>What an official denial covers.</summary>
public enum DenialKind
{
    /// <summary>A denial of plans, a second wave or a new mobilization: covers the article's targets (spec rule 6).</summary>
    Plans,

    /// <summary>Explaining the activity away ("only updating registration data", "we don't have mobilization"): covers what is happening now.</summary>
    ExplainingAway,

    /// <summary>
    /// "The recruits will not be sent to the war zone": admits the recruitment but denies it is for the war, so it
    /// covers targets for more recruitment (like <see cref="Plans"/>) but not the counts of those recruited.
    /// </summary>
    NotForTheWar,
}
