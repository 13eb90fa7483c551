namespace MobilizationTracker.Extraction.Attribution;

/// <summary>What a phrase naming a party turns out to be.</summary>
public enum PartyKind
{
    /// <summary>A named party: an outlet, a person, an official body, an intelligence service.</summary>
    Named,

    /// <summary>"the publication", "the outlet", "them", "the source": whoever was named before.</summary>
    Anaphoric,

    /// <summary>"sources", "several media outlets", "officials", "a Kremlin source": nobody in particular.</summary>
    Unnamed,
}

/// <summary>A resolved party: <see cref="Name"/> is canonical when <see cref="Kind"/> is Named.</summary>
public sealed record Party(PartyKind Kind, string? Name = null)
{
    public static Party Unnamed { get; } = new(PartyKind.Unnamed);
    public static Party Anaphoric { get; } = new(PartyKind.Anaphoric);
}
