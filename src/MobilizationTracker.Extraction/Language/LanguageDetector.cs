using System.Collections.Frozen;

namespace MobilizationTracker.Extraction.Language;

/// <summary>
/// Guesses the text's language from its script and stopwords: "en", "ru", "uk", or "und" when it
/// cannot tell. Cyrillic text is Ukrainian when it has Ukrainian-only letters (і, ї, є, ґ) and no
/// Russian-only ones (ы, э, ъ, ё), else Russian.
/// </summary>
public static class LanguageDetector
{
    private static readonly FrozenSet<string> EnglishStopwords = new[]
    {
        "the", "and", "of", "to", "in", "is", "that", "for", "on", "was", "with", "as", "by", "it", "from", "are", "has", "have", "said", "were", "will",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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

        if (cyrillic > letters / 2)
        {
            return ukrainianOnly > russianOnly ? "uk" : "ru";
        }

        var words = text.Split([' ', '\n', '\t', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "und";
        }

        var english = words.Count(w => EnglishStopwords.Contains(w));
        var other = words.Count(w => OtherStopwords.Contains(w));
        return english > other && english * 100 >= words.Length * 8 ? "en" : "und";
    }
}
