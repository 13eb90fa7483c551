using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// The attribution and denial patterns of a language: <see cref="LanguageLexicon.Pattern"/> templates in which
/// a placeholder whose file the language does not have (or leaves empty) matches nothing, rather than the
/// empty string, so a language can leave out a construction it does not use.
/// </summary>
internal static partial class Vocabulary
{
    private static readonly ConcurrentDictionary<(string Language, string Template), Regex> Compiled = new();

    public static Regex Rx(this LanguageLexicon lexicon, string template) =>
        Compiled.GetOrAdd((lexicon.Language, template), key => lexicon.Pattern(Placeholder().Replace(
            key.Template, m => lexicon.Lines(m.Groups[1].Value).Count == 0 ? "(?!)" : m.Value)));

    /// <summary>Whether the language has any entries for a construction.</summary>
    public static bool Has(this LanguageLexicon lexicon, string name) => lexicon.Lines(name).Count > 0;

    [GeneratedRegex(@"\{([a-z0-9-]+)\}")]
    private static partial Regex Placeholder();
}
