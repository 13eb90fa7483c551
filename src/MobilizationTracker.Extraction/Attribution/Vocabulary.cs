using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// Helpers for the attribution and denial patterns of a language; the patterns themselves come from
/// <see cref="LanguageLexicon.Pattern"/> (a placeholder whose file the language lacks or leaves empty
/// matches nothing, so a language can leave out a construction it does not use).
/// </summary>
internal static class Vocabulary
{
    /// <summary>Whether the language has any entries for a construction.</summary>
    public static bool Has(this LanguageLexicon lexicon, string name) => lexicon.Lines(name).Count > 0;
}
