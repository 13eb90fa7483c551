using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// The words of a name with their stems, for comparing inflected Cyrillic names: a word is lower-cased,
/// ё read as е, and its case ending (Lexicon/ru/source-name-endings.txt) stripped while one fits and at
/// least three letters stay, so «Медведева», «Дмитрию» and «Вёрсткой» compare as «медведев», «дмитр»,
/// «верстк». Latin words are only lower-cased.
/// </summary>
internal static class NameStems
{
    private const int MinStem = 3;

    private static readonly string[] Endings = LanguageLexicon.Russian.Lines("source-name-endings")
        .OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<(string Stem, int Start, int End)> Words(string text)
    {
        var words = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
            {
                i++;
            }

            words.Add((Stem(text[start..i]), start, i));
        }

        return words;
    }

    public static string Stem(string word)
    {
        var stem = word.ToLowerInvariant().Replace('ё', 'е');
        if (!stem.Any(Confusables.IsCyrillic))
        {
            return stem;
        }

        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var ending in Endings)
            {
                if (stem.Length - ending.Length >= MinStem && stem.EndsWith(ending, StringComparison.Ordinal))
                {
                    stem = stem[..^ending.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return stem;
    }
}
