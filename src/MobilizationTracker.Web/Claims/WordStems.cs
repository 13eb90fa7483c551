using System.Globalization;
using System.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// Snowball stems (Lucene.Net.Analysis.Common's ports of the Snowball English and Russian stemmers),
/// so a search for one word form finds the others: «мобилизация» and «мобилизации», "reservist" and
/// "reservists". Words are first folded the way the FTS5 tokenizer (unicode61, remove_diacritics 2)
/// folds them, so a stem can be compared with the index's terms.
/// </summary>
public static class WordStems
{
    /// <summary>Lower case without diacritics, as the FTS5 index stores the word.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The stem of a folded word: Russian for Cyrillic words, English for Latin ones, else the word itself.</summary>
    public static string Stem(string folded)
    {
        SnowballProgram? stemmer = folded.All(IsCyrillic) ? new RussianStemmer()
            : folded.All(char.IsAsciiLetterLower) ? new EnglishStemmer()
            : null;
        if (stemmer is null)
        {
            return folded;
        }

        stemmer.SetCurrent(folded);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static bool IsCyrillic(char ch) => ch is >= '\u0400' and <= '\u04FF';
}
