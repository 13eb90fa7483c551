namespace MobilizationTracker.Extraction.Attribution;

/// <summary>Who a sentence attributes itself to, if anyone: a named party, an anaphor, or only unnamed people.</summary>
public sealed record SentenceAttribution(PartyKind? Kind, string? Source)
{
    public static SentenceAttribution None { get; } = new(null, null);
}
