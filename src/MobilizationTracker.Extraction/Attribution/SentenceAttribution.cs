namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// Who a sentence attributes itself to, if anyone: a named party, an anaphor, or only unnamed people.
/// <see cref="Phrase"/> is the text that named the party ("according to Verstka", "Peskov said") and how a
/// chain was followed, for the claim's explanation. <see cref="NamesPrevious"/>: the sentence names the
/// speaker of the one before it ("This was stated by ...", "X said this on Tuesday", «Об этом сообщил ...»).
/// <see cref="Reporter"/>: the party reports (writes, reports), so unnamed sources that follow are its own.
/// </summary>
public sealed record SentenceAttribution(PartyKind? Kind, string? Source, string? Phrase = null, bool NamesPrevious = false, bool Reporter = false)
{
    public static SentenceAttribution None { get; } = new(null, null);
}
