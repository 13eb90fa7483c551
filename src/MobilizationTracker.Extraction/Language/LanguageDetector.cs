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
        "the", "and", "of", "to", "in", "a", "is", "that", "for", "on", "was", "with", "as", "by", "it", "from", "are", "has", "have", "said", "were", "will",
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

        var stopwords = words.Count(w => EnglishStopwords.Contains(w));
        return stopwords * 100 >= words.Length * 8 ? "en" : "und";
    }
}
