using System.Collections.Frozen;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Language;

/// <summary>
/// Guesses the text's language from its script and common words: "en", "ru", "uk", or "und" when it
/// cannot tell. Cyrillic text is weighed Russian against Ukrainian: letters only one of them has
/// (ы, э, ъ, ё against і, ї, є, ґ) and common words the two spell differently
/// (<c>Lexicon/{ru,uk}/language-stopwords.txt</c>), each word counting as three letters, so a
/// Ukrainian place name quoted in Russian text ("Київ") does not make it Ukrainian.
/// </summary>
public static class LanguageDetector
{
    /// <summary>How many script letters one common word weighs.</summary>
    private const int WordWeight = 3;

    private static readonly FrozenSet<string> OtherStopwords = new[]
    {
        "el", "la", "los", "las", "del", "que", "y", "según", "por", "para", "una", "le", "les", "des", "et", "est", "du", "au",
        "der", "das", "und", "ist", "nicht", "mit", "ein", "eine", "il", "di", "che", "gli", "della", "się", "nie", "jest", "ze", "och", "og", "het", "een",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Detect(string text)
    {
        int latin = 0, cyrillic = 0, ukrainianOnly = 0, russianOnly = 0;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                if ("іїєґІЇЄҐ".Contains(c, StringComparison.Ordinal))
                {
                    ukrainianOnly++;
                }
                else if ("ыэъёЫЭЪЁ".Contains(c, StringComparison.Ordinal))
                {
                    russianOnly++;
                }
            }
        }

        var letters = latin + cyrillic;
        if (letters == 0)
        {
            return "und";
        }

        var words = text.Split([' ', '\n', '\t', ',', '.', ';', ':', '"', '(', ')', '«', '»', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
        if (cyrillic > letters / 2)
        {
            var russian = russianOnly + WordWeight * Count(words, "ru");
            var ukrainian = ukrainianOnly + WordWeight * Count(words, "uk");
            return ukrainian > russian ? "uk" : "ru";
        }

        if (words.Length == 0)
        {
            return "und";
        }

        var english = Count(words, "en");
        var other = words.Count(w => OtherStopwords.Contains(w));
        return english > other && english * 100 >= words.Length * 8 ? "en" : "und";
    }

    private static int Count(string[] words, string language)
    {
        var stopwords = LanguageLexicon.For(language).Set("language-stopwords");
        return words.Count(stopwords.Contains);
    }
}
