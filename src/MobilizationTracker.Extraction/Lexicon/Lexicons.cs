using System.Buffers;
using System.Collections.Frozen;

namespace MobilizationTracker.Extraction.Lexicon;

/// <summary>The word lists, each read once from its file (immutable after load).</summary>
internal static class Lexicons
{
    /// <summary>Source alias → canonical source name.</summary>
    public static FrozenDictionary<string, string> SourceAliases { get; } = LexiconFile.Pairs("source-aliases.txt");

    /// <summary>
    /// Whole boilerplate lines → "feed" (the rest of the page is a feed) or "drop", of every language: the cleaner
    /// runs before the language is known, and one language's chrome is not a line of another's articles.
    /// </summary>
    public static FrozenDictionary<string, string> BoilerplateLines { get; } = LanguageLexicon.All
        .SelectMany(l => l.Pairs("boilerplate-lines"))
        .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrases marking donation appeals, newsletter boxes and legal footers, of every language.</summary>
    public static IReadOnlyList<string> BoilerplatePhrases { get; } = LanguageLexicon.All
        .SelectMany(l => l.Lines("boilerplate-phrases"))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    /// <summary><see cref="BoilerplatePhrases"/> as one case-insensitive search: a line is scanned once for all of them.</summary>
    public static SearchValues<string> BoilerplatePhraseSearch { get; } =
        SearchValues.Create(BoilerplatePhrases.Where(p => p.Length > 0).ToArray(), StringComparison.OrdinalIgnoreCase);
}
