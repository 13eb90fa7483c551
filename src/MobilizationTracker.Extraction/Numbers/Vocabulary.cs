using System.Globalization;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// The figure steps' patterns for a language: a template whose <c>{numbers-…}</c> placeholders are
/// that language's lexicon files (built by <see cref="LanguageLexicon.Pattern"/>, once per template). A
/// template that names a file the language lacks never matches, so a language leaves out a rule by
/// leaving out its file.
/// </summary>
internal static class Vocabulary
{
    /// <summary>A pattern that matches nothing (for a rule English does not have yet).</summary>
    public static Regex Never { get; } = new("(?!)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The template's pattern over the language's files (<see cref="LanguageLexicon.Pattern"/>). A
    /// placeholder whose file the language lacks (or leaves empty) matches nothing: a rule that needs
    /// it never matches, an optional part is skipped.
    /// </summary>
    public static Regex Rule(LanguageLexicon lexicon, string template) => lexicon.Pattern(template);

    /// <summary>
    /// A rule whose English pattern is still a compiled regular expression (its vocabulary not yet
    /// moved to <c>Lexicon/en/</c>): English uses it, every other language the template.
    /// </summary>
    public static Regex Rule(LanguageLexicon lexicon, string template, Regex english) =>
        lexicon.Language == "en" ? english : Rule(lexicon, template);

    /// <summary>The number value of a "word|value" file's entry that matches the word (<see cref="LanguageLexicon.ValueOf"/>: "тысяч*" for "тысячи").</summary>
    public static decimal? ValueOf(LanguageLexicon lexicon, string file, string word) =>
        lexicon.ValueOf(file, word) is { } value ? Parse(value) : null;

    /// <summary>A "key|value" setting of the language's <c>numbers-notation</c> file ("decimal|,").</summary>
    public static string Notation(LanguageLexicon lexicon, string key) =>
        lexicon.Pairs("numbers-notation").TryGetValue(key, out var value) ? value : "";

    private static decimal? Parse(string value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
}
