using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// The hedge written before (or just after) a figure, from the language's hedge files: approx
/// (about, around, almost, nearly; «около», «порядка», «почти», «примерно»), upto (up to, as many
/// as; «до», «не более»), atleast (at least, more than, over; «более», «свыше», «не менее»; "or
/// more", «с лишним» after it); exact otherwise. «до» after a verb of change («увеличена до») is
/// "to", not a hedge.
/// </summary>
public static class QualifierReader
{
    private const string Article = @"(?:(?:{numbers-articles})\s+)?";

    private const string UpTo = @"(?<!\b(?:{numbers-hedges-upto-not-after})[^.;]{0,60})\b(?:{numbers-hedges-upto})\s+" + Article + "$";

    private const string AtLeast = @"(?:\b(?:{numbers-hedges-atleast})\s+" + Article + @"|>\s*)$";

    private const string OrMore = @"^\s*(?:{numbers-hedges-or-more-after})(?!\w)";

    private const string Approx = @"(?:\b(?:{numbers-hedges-approx})\s+" + Article + @"|~\s*)$";

    public static Qualifier Read(string sentence, NumberMention mention) => Read(sentence, mention, LanguageLexicon.English);

    public static Qualifier Read(string sentence, NumberMention mention, LanguageLexicon lexicon)
    {
        var before = Window.Before(sentence, mention);
        var after = Window.After(sentence, mention);
        if (Vocabulary.Rule(lexicon, UpTo).IsMatch(before))
        {
            return Qualifier.UpTo;
        }

        if (Vocabulary.Rule(lexicon, AtLeast).IsMatch(before) || Vocabulary.Rule(lexicon, OrMore).IsMatch(after))
        {
            return Qualifier.AtLeast;
        }

        return Vocabulary.Rule(lexicon, Approx).IsMatch(before) ? Qualifier.Approx : Qualifier.Exact;
    }
}
