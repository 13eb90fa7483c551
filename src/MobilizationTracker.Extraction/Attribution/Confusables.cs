namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// Folds look-alike letters from another script inside a word ("Pеskov" with a Cyrillic е, "Радиo" with a
/// Latin o) to the word's main script, so names match the registry however they were typed. Only words
/// that mix Latin and Cyrillic letters change, one character for one, so offsets stay valid.
/// </summary>
public static class Confusables
{
    private const string Cyrillic = "АВЕКМНОРСТХаеорсухіјѕ";
    private const string Latin = "ABEKMHOPCTXaeopcyxijs";

    public static string Fold(string text)
    {
        char[]? folded = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            int latin = 0, cyrillic = 0;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                if (IsCyrillic(text[i]))
                {
                    cyrillic++;
                }
                else if (text[i] < 0x250)
                {
                    latin++;
                }

                i++;
            }

            if (latin == 0 || cyrillic == 0)
            {
                continue;
            }

            // The script with more letters in the word wins; a tie goes to Latin (a name typed on a Cyrillic keyboard).
            var toLatin = latin >= cyrillic;
            folded ??= text.ToCharArray();
            for (var k = start; k < i; k++)
            {
                var from = toLatin ? Cyrillic.IndexOf(text[k], StringComparison.Ordinal) : Latin.IndexOf(text[k], StringComparison.Ordinal);
                if (from >= 0)
                {
                    folded[k] = toLatin ? Latin[from] : Cyrillic[from];
                }
            }
        }

        return folded is null ? text : new string(folded);
    }

    internal static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
