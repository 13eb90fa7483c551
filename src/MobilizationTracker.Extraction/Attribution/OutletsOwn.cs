using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// Figures that are the outlet's own even in a sentence attributed to someone (spec rules 11 and 13): the
/// background clause that opens the sentence ("After the partial mobilization of 300,000 in 2022, Putin
/// said ...", «После мобилизации 300 тысяч в 2022 году ...») and the outlet's arithmetic appended after a
/// dash ("... to 1.15 million - an increase of 137,000").
/// </summary>
public static class OutletsOwn
{
    public static bool Holds(string sentence, int figureStart, LanguageLexicon lexicon)
    {
        if (lexicon.Pattern(Background).Match(sentence) is { Success: true } background && figureStart < background.Length)
        {
            return true;
        }

        var dash = sentence.LastIndexOf(" - ", Math.Min(figureStart, sentence.Length - 1), StringComparison.Ordinal);
        return dash >= 0 && lexicon.Pattern(Gloss).IsMatch(sentence[(dash + 3)..]) && figureStart - dash < MaxGloss;
    }

    /// <summary>
    /// A sentence that opens as the outlet's own comparison or conclusion («Для сравнения», «За тот же период», «При этом»,
    /// "By comparison"): with no attribution of its own it is the outlet's, and the speaker's account has ended (spec rule 11).
    /// </summary>
    public static bool Opens(string sentence, LanguageLexicon lexicon) => lexicon.Pattern(OwnOpening).IsMatch(sentence);

    private const string OwnOpening = @"^(?:{attribution-own-openers})\b";

    /// <summary>How far after the dash the gloss's figure may stand.</summary>
    private const int MaxGloss = 60;

    /// <summary>A sentence-initial background clause, up to its comma.</summary>
    private const string Background = @"^(?:{attribution-background-openers})\b[^,;]{0,160},";

    private const string Gloss = @"^(?:{attribution-outlet-glosses})\b";
}
