using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// The figure steps' patterns for a language: a template whose <c>{numbers-…}</c> placeholders are
/// that language's lexicon files (see <see cref="LanguageLexicon.Pattern"/>, compiled once). A
/// template that names a file the language lacks never matches, so a language leaves out a rule by
/// leaving out its file.
/// </summary>
internal static partial class Vocabulary
{
    private static readonly ConcurrentDictionary<(string Language, string Template), Regex> Rules = new();

    /// <summary>A pattern that matches nothing (for a rule English does not have yet).</summary>
    public static Regex Never { get; } = new("(?!)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The template's pattern over the language's files. A placeholder whose file the language lacks
    /// (or leaves empty) matches nothing: a rule that needs it never matches, an optional part is skipped.
    /// </summary>
    public static Regex Rule(LanguageLexicon lexicon, string template) =>
        Rules.GetOrAdd((lexicon.Language, template), key => new Regex(
            Placeholder().Replace(key.Template, m => lexicon.Lines(m.Groups[1].Value).Count == 0 ? "(?!)" : "(?:" + Alternation(lexicon, m.Groups[1].Value) + ")"),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            MatchTimeout));

    /// <summary>
    /// A file's entries as an alternation, longest first, like <see cref="LanguageLexicon.Alternation"/>
    /// except that a * may end any word of an entry, not only the last: «мобилизационн* ресурс*».
    /// </summary>
    private static string Alternation(LanguageLexicon lexicon, string file) =>
        string.Join('|', lexicon.Lines(file)
            .Select(l => l.Split('|', 2)[0].Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(l => l.Length)
            .ThenBy(l => l, StringComparer.Ordinal)
            .Select(entry => string.Join(@"\s+", entry.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(word => word.Length > 1 && word.EndsWith('*') ? Regex.Escape(word[..^1]) + @"\w*" : Regex.Escape(word)))));

    /// <summary>
    /// Every rule reads a window of a few hundred characters; a match that takes this long is a bug.
    /// The patterns are interpreted, not compiled: their lexicon alternations compile to methods so
    /// large that JIT-compiling them costs more than the interpreter spends on a whole article.
    /// </summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A rule whose English pattern is still a compiled regular expression (its vocabulary not yet
    /// moved to <c>Lexicon/en/</c>): English uses it, every other language the template.
    /// </summary>
    public static Regex Rule(LanguageLexicon lexicon, string template, Regex english) =>
        lexicon.Language == "en" ? english : Rule(lexicon, template);

    private static readonly ConcurrentDictionary<(string Language, string File), WordValues> Values = new();

    /// <summary>The value of a "word|value" file's entry that matches the word, a trailing * matching any ending ("тысяч*" for "тысячи").</summary>
    public static decimal? ValueOf(LanguageLexicon lexicon, string file, string word) =>
        Values.GetOrAdd((lexicon.Language, file), key => WordValues.Of(lexicon.Pairs(key.File))).Find(word);

    private sealed record WordValues(FrozenDictionary<string, decimal> Exact, (string Stem, decimal Value)[] Stems)
    {
        public static WordValues Of(FrozenDictionary<string, string> pairs)
        {
            var parsed = pairs.Where(p => Parse(p.Value) is not null).ToList();
            return new WordValues(
                parsed.Where(p => !p.Key.EndsWith('*')).ToFrozenDictionary(p => p.Key, p => Parse(p.Value)!.Value, StringComparer.OrdinalIgnoreCase),
                parsed.Where(p => p.Key.EndsWith('*')).Select(p => (p.Key[..^1], Parse(p.Value)!.Value)).OrderByDescending(p => p.Item1.Length).ToArray());
        }

        public decimal? Find(string word)
        {
            if (Exact.TryGetValue(word, out var exact))
            {
                return exact;
            }

            foreach (var (stem, value) in Stems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <summary>A "key|value" setting of the language's <c>numbers-notation</c> file ("decimal|,").</summary>
    public static string Notation(LanguageLexicon lexicon, string key) =>
        lexicon.Pairs("numbers-notation").TryGetValue(key, out var value) ? value : "";

    private static decimal? Parse(string value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    [GeneratedRegex(@"\{([a-z][a-z0-9-]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
