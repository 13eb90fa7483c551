using System.Collections.Frozen;

namespace MobilizationTracker.Extraction.Lexicon;

/// <summary>The word lists, each read once from its file (immutable after load).</summary>
internal static class Lexicons
{
    /// <summary>Source alias → canonical source name.</summary>
    public static FrozenDictionary<string, string> SourceAliases { get; } = LexiconFile.Pairs("source-aliases.txt");

    /// <summary>Whole boilerplate lines → "feed" (the rest of the page is a feed) or "drop".</summary>
    public static FrozenDictionary<string, string> BoilerplateLines { get; } = LexiconFile.Pairs("boilerplate-lines.txt");

    /// <summary>Phrases marking donation appeals, newsletter boxes and legal footers.</summary>
    public static IReadOnlyList<string> BoilerplatePhrases { get; } = LexiconFile.Lines("boilerplate-phrases.txt");
}
