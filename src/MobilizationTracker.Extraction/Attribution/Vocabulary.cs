using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// The attribution and denial patterns of a language, built like <see cref="LanguageLexicon.Pattern"/>
/// (<c>{file}</c> stands for that file's alternation; built once and cached, interpreted so the first article pays no code generation, case-insensitive) except that a
/// placeholder whose file the language does not have, or leaves empty, matches nothing rather than the
/// empty string, so a language can leave out a construction it does not use.
/// </summary>
internal static partial class Vocabulary
{
    /// <summary>
    /// Generous, because a first match on a loaded machine (2 cores, many processes) can be slow; the
    /// patterns themselves are linear in the sentence (bounded repeats, no nested quantifiers).
    /// </summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    private static readonly ConcurrentDictionary<(string Language, string Template), Regex> Compiled = new();

    public static Regex Rx(this LanguageLexicon lexicon, string template) =>
        Compiled.GetOrAdd((lexicon.Language, template), key => new Regex(
            Placeholder().Replace(key.Template, m => lexicon.Lines(m.Groups[1].Value).Count == 0 ? "(?!)" : "(?:" + lexicon.Alternation(m.Groups[1].Value) + ")"),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            MatchTimeout));

    /// <summary>Whether the language has any entries for a construction.</summary>
    public static bool Has(this LanguageLexicon lexicon, string name) => lexicon.Lines(name).Count > 0;

    /// <summary>Placeholders name files ("{attribution-citing}"); "{4}" and "{1,2}" stay quantifiers.</summary>
    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}")]
    private static partial Regex Placeholder();
}
