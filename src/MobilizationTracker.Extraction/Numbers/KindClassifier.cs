using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// The kind of a figure from the words around it: rate (per day, a week, monthly), force_size (size
/// or strength of the army, an increase of it, "-strong"), else count or target by the nearest cue:
/// count for people already called up, recruited or signed; target for plans, quotas, needs, call-ups.
/// </summary>
public static partial class KindClassifier
{
    public static ClaimKind Classify(string sentence, NumberMention m) => Classify(sentence, m, LanguageLexicon.English);

    public static ClaimKind Classify(string sentence, NumberMention m, LanguageLexicon lexicon)
    {
        var after = Window.After(sentence, m);
        if (Vocabulary.Rule(lexicon, @"^[\s—–-]*(?:[\w""-]+\s+){0,7}?(?:{numbers-rate})(?!\w)", RateAfter()).IsMatch(after)
            || Vocabulary.Rule(lexicon, @"\b(?:{numbers-rate})\s+(?:[\w-]+\s+){0,2}$", Vocabulary.Never).IsMatch(Window.Before(sentence, m)))
        {
            return ClaimKind.Rate;
        }

        var forceSize = Vocabulary.Rule(lexicon, @"\b(?:{numbers-force-size})(?!\w)", ForceSize());
        var routine = Vocabulary.Rule(lexicon, Routine);
        if (routine.IsMatch(sentence) && NearestDistance(routine, sentence, m) <= NearestDistance(forceSize, sentence, m))
        {
            // spec rule 9: routine conscription calls are targets, whatever else the sentence says of the army, unless the
            // figure's own words are the army's size ("The spring call-up comes months after Putin raised the army to N")
            return ClaimKind.Target;
        }

        if (forceSize.IsMatch(sentence) || PeopleContext.IsStrength(after, lexicon))
        {
            return ClaimKind.ForceSize;
        }

        var count = NearestDistance(Vocabulary.Rule(lexicon, @"\b(?:{numbers-count-cues})(?!\w)", CountCue()), sentence, m);
        var target = NearestDistance(Vocabulary.Rule(lexicon, Target), sentence, m);
        return count < target ? ClaimKind.Count : ClaimKind.Target;
    }

    /// <summary>Routine conscription (spec rule 9): "the spring draft", "the annual call-up", "statutory military service".</summary>
    private const string Routine =
        @"\b(?:{numbers-routine-seasons})\s+(?:\w+\s+)?(?:{numbers-routine-drafts})(?!\w)|\b(?:{numbers-routine-conscription})(?!\w)";

    /// <summary>Plans, quotas, needs and orders; a reporting verb ("announced") unless "that" follows it.</summary>
    private const string Target =
        @"\b(?:{numbers-target-cues})(?!\w)|\b(?:{numbers-target-reports})(?!\w)(?!\s+(?:{numbers-target-reports-not-before})\b)";

    private static int NearestDistance(Regex cue, string sentence, NumberMention m)
    {
        var best = int.MaxValue;
        foreach (Match c in cue.Matches(sentence))
        {
            var distance = c.Index >= m.End ? c.Index - m.End : c.Index + c.Length <= m.Start ? m.Start - (c.Index + c.Length) : 0;
            best = Math.Min(best, distance);
        }

        return best;
    }


    [GeneratedRegex(@"^\s*(?:[\w""'“”’-]+\s+){0,7}?(?:(?:per|a|an|each|every)\s+(?:day|week|month)|daily|weekly|monthly|a day|a week|a month|on a (?:daily|weekly|monthly) basis)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateAfter();

    [GeneratedRegex(@"\b(?:(?:size|strength|numbers?|headcount|ranks) of (?:the |its |Russia's |Russian |their )*(?:army|armed forces|military|forces|troops)|(?:army|armed forces) (?:of|numbering|stands at|size)|(?:army|military|armed forces) (?:is |was |are |were )?(?:now |currently |still )?(?:estimated at|numbers?|numbering|totals?|totalling|stands? at|size)|increase (?:the |its |Russia's )?(?:army|armed forces|military|troops)|(?:army|armed forces|military|troops)\b[^.;]{0,30}\b(?:to grow|grow|growth|expand\w*|expansion|enlarg\w*|increas\w*|boost\w*)|(?:number|size|strength) of (?:active |its |the )?(?:servicemen|troops|soldiers|personnel|military|army)|(?:army|armed forces|military) (?:had|has|have|numbered|comprised?)|(?:another |an |a new )?increase (?:of|by)|\d[\d,.]*\s+(?:troop |personnel )?increase|authori[sz]ed strength|personnel strength|troop numbers|(?:contract soldiers|professional soldiers|contractors) (?:serving|in service|now serve)|serving (?:in|under) contract|(?:army|armed forces|military|personnel|strength|staffing)\b[^.;]{0,30}\b(?:(?:were|was|is|are|be|been)\s+)?(?:set|fixed|capped) at|\bset (?:the )?(?:size of the |strength of the )?(?:army|armed forces|military|troops)\b[^.;]{0,20}\bat|\badd(?:s|ed|ing)?\s+(?:another\s+|a further\s+|an additional\s+|some\s+|about\s+|around\s+)?\d[\d,.]*(?:\s+(?:thousand|million))?\s+(?:more\s+|new\s+)?(?:troops|soldiers|servicemen|personnel|military personnel|positions)|enlarge|expan(?:d|sion of) (?:the |its )?(?:army|armed forces|military)|total strength|standing army|(?:staffing |personnel |troop )?(?:limit|ceiling) of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForceSize();

    [GeneratedRegex(@"\b(?:(?:have|has|had|were|was)\s+(?:already\s+)?(?:been\s+)?(?:called(?:\s+up)?|mobili[sz]ed|recruited|drafted|conscripted|summoned|enlisted|sent|signed|handed|taken|bussed|rounded up|served|issued|distributed|delivered)|called up|already|so far|drafted|(?:has|have|had)\s+(?:already\s+|reportedly\s+|now\s+)?(?!been\b|to\b)[a-z]+(?:ed|en|ght|nt)|conscripted|since then|mobili[sz]ed(?!\s+(?:soldiers|men|troops|reservists|servicemen|Russians))|complet\w+|finished|after calling up|signed (?:\w+ ){0,2}contracts?|to date|signed (?:contracts|up)|joined|enlisted|recruited|mobili[sz]ed (?:since|in|so far|last|during|between|from|over)|have signed|had signed|since the start|since the beginning|received summons\w*|were called|put (?:the )?(?:number|figure|total|tally) at|brought(?:\s+in)?|had been (?:taken|bussed|sent)|applied|signed agreements|distributed|handed out|over the (?:past |last )?(?:\w+ )?(?:months|weeks|years)|during the year|came from|number of (?:recruits|volunteers|mobili[sz]ed|contract soldiers|new soldiers))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountCue();

}
