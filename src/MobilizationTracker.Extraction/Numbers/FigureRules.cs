using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// Named rules that reject numbers that are not people being recruited, each a look at the words
/// around the number: money, percentages, years, days of the month, ages, durations, counts of
/// regions or units, unit numbers, casualties, troops already at a front, the reserve pool and
/// differences between two figures.
/// </summary>
public static partial class FigureRules
{
    public static RejectionReason? Reject(string sentence, NumberMention m) => Reject(sentence, m, LanguageLexicon.English);

    public static RejectionReason? Reject(string sentence, NumberMention m, LanguageLexicon lexicon)
    {
        var before = Window.Before(sentence, m);
        var after = Window.After(sentence, m);
        bool Is(string template, Regex english, string text) => Vocabulary.Rule(lexicon, template, english).IsMatch(text);
        return true switch
        {
            _ when Is(@"^\s*(?:%|(?:{numbers-percent-words})(?!\w))", Percent(), after) => RejectionReason.Percentage,
            _ when Is(@"(?:[$€£₽]|\b(?:{numbers-currency-codes}))\s*$", CurrencyBefore(), before)
                || Is(@"^\s*(?:[$€£₽]|(?:{numbers-currency-words})(?!\w))", CurrencyAfter(), after) || IsPay(sentence, after, lexicon) => RejectionReason.Money,
            _ when IsDay(before, after, m, lexicon) => RejectionReason.DayOfMonth,
            _ when IsYear(m, after, lexicon) => RejectionReason.Year,
            _ when Is(@"\b(?:{numbers-age-before})\s+$", AgeBefore(), before) || Is(@"^\s*(?:{numbers-age-after})(?!\w)", AgeAfter(), after)
                || m.Magnitude < 100 && Is(@"\b(?:{numbers-age-before})(?!\w)[^.;\d]{0,40}\b(?:{numbers-range-from}|{numbers-range-to})\s+$", AgePhraseBefore(), before) => RejectionReason.Age,
            _ when Is(@"^\s*-?\s*(?:{numbers-durations})(?!\w)", DurationAfter(), after) => RejectionReason.Duration,
            _ when Is(@"(?:№|\b(?:{numbers-unit-number-before}))\s*$", UnitNumberBefore(), before) || Is(@"^(?:{numbers-ordinal-suffixes})(?!\w)", Ordinal(), after) => RejectionReason.UnitNumber,
            _ when Is(@"^\s*(?:[\w-]+\s+){0,2}?(?:{numbers-counted-things})(?!\w)", CountedThings(), after) && !PeopleContext.HasPeopleNounAfter(after, lexicon) => RejectionReason.RegionOrUnitCount,
            _ when Is(@"\b(?:{numbers-casualties-before})\s+(?:(?:{numbers-fillers})\s+){0,2}$", CasualtyBefore(), before)
                || Is(@"^\s*(?:[\w-]+\s+){0,3}?(?:{numbers-casualties-after})(?!\w)", CasualtyAfter(), after) => RejectionReason.Casualties,
            _ when IsFrontTroops(before, after, lexicon) => RejectionReason.FrontTroops,
            _ when Is(@"^\s*(?:[\w-]+\s+){0,2}?(?:{numbers-reserve-after})(?!\w)", ReserveAfter(), after) || Is(@"\b(?:{numbers-reserve-before})\s+(?:(?:{numbers-fillers})\s+){0,2}$", ReserveBefore(), before)
                || Is(@"\b(?:{numbers-reserve-in-clause})\b[^.;]{0,80}$", ReserveInClause(), before) => RejectionReason.ReservePool,
            _ when Is(@"^\s*(?:[\w-]+\s+){0,2}?(?:{numbers-difference-after})(?!\w)", DifferenceAfter(), after)
                || Is(@"\b(?:{numbers-difference-before})\s+(?:(?:{numbers-fillers})\s+){0,2}$", DifferenceBefore(), before) => RejectionReason.Difference,
            _ when Is(@"\b(?:{numbers-emigration})(?!\w)", Emigration(), Near(before, after)) => RejectionReason.Emigration,
            _ when Is(@"\b(?:{numbers-detentions})(?!\w)", Detentions(), Near(before, after)) => RejectionReason.Detentions,
            _ when Is(@"\b(?:{numbers-evacuees})(?!\w)", Evacuated(), Local(before, after)) => RejectionReason.Evacuees,
            _ when Is(@"\b(?:{numbers-prisoners-or-deserters})(?!\w)", PrisonersOrDeserters(), Near(before, after)) => RejectionReason.PrisonersOrDeserters,
            _ => null,
        };
    }

    /// <summary>The words around a number: 40 characters before it, 60 after ("N" stands for the number).</summary>
    private static string Local(string before, string after) =>
        string.Concat(before.AsSpan(Math.Max(0, before.Length - 40)), " N ", after.AsSpan(0, Math.Min(after.Length, 60)));

    /// <summary>The closest words: 30 characters either side.</summary>
    private static string Near(string before, string after) =>
        string.Concat(before.AsSpan(Math.Max(0, before.Length - 30)), " N ", after.AsSpan(0, Math.Min(after.Length, 30)));

    private static bool IsPay(string sentence, string after, LanguageLexicon lexicon) =>
        Vocabulary.Rule(lexicon, @"^\s*(?:{numbers-per-period})(?!\w)", PerPeriodAfter()).IsMatch(after)
        && !PeopleContext.HasPeopleNounAfter(after, lexicon)
        && Vocabulary.Rule(lexicon, @"\b(?:{numbers-pay-words})(?!\w)", PayWords()).IsMatch(sentence);

    private static bool IsDay(string before, string after, NumberMention m, LanguageLexicon lexicon) =>
        m.Magnitude <= 31 && (Vocabulary.Rule(lexicon, @"\b(?:{months})\.?\s+$", MonthBefore()).IsMatch(before)
            || Vocabulary.Rule(lexicon, @"^\s*(?:{months})(?!\w)", MonthAfter()).IsMatch(after));

    private static bool IsYear(NumberMention m, string after, LanguageLexicon lexicon) =>
        (m.IsPlainFourDigits || m.IsRange && m.Low is >= 1900 and <= 2100)
        && m.Magnitude is >= 1900 and <= 2100
        && !PeopleContext.HasPeopleNounAfter(after, lexicon);

    private static bool IsFrontTroops(string before, string after, LanguageLexicon lexicon)
    {
        if (Vocabulary.Rule(lexicon, @"\b(?:{numbers-recruit-verbs})[^,;]{0,40}$", RecruitVerbBefore()).IsMatch(before[Math.Max(0, before.Length - 60)..]))
        {
            return false;
        }

        return Vocabulary.Rule(lexicon, @"(?!)", TroopsAtPlace()).IsMatch(after)
            || Vocabulary.Rule(lexicon, @"(?!)", StillAtFront()).IsMatch(after)
            || Vocabulary.Rule(lexicon, @"\b(?:{numbers-at-front})(?!\w)", AtFront()).IsMatch(Local(before, after));
    }

    [GeneratedRegex(@"\b(?:left (?:the country|Russia|Ukraine)|fled|flee\w*|emigrat\w*|exodus|escaped abroad|crossed the border|relocated abroad)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Emigration();

    [GeneratedRegex(@"\b(?:evacuat\w*|evacuees|displaced|resettled|refugees)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Evacuated();

    /// <summary>"the draft age will be shifted to 21-30", "raise the age limit to 35": a small number after an age phrase.</summary>
    [GeneratedRegex(@"\bage(?:\s+(?:limit|range|bracket|ceiling|cap))?\b[^.;\d]{0,40}\b(?:to|from|between|of|at)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AgePhraseBefore();

    /// <summary>"the total mobilization resource, which he estimated at almost 25 million": the pool named earlier in the clause.</summary>
    [GeneratedRegex(@"\bmobili[sz]ation (?:resource|potential|reserve|pool)s?\b[^.;]{0,80}$", RegexOptions.IgnoreCase)]
    private static partial Regex ReserveInClause();

    [GeneratedRegex(@"\b(?:detained|detentions?|arrested|arrests|protesters|jailed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Detentions();

    [GeneratedRegex(@"\b(?:prisoners of war|POWs?|prisoner (?:swap|exchange)|exchanged|returned home from captivity|deserters?|deserted|desertion|AWOL|surrendered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PrisonersOrDeserters();

    [GeneratedRegex(@"^\s*(?:%|percent\b|per cent\b|percentage points?\b|pct\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?:[$€£₽]|\bUS\$|\bUSD|\bRUB|\bEUR|\bUAH)\s*$")]
    private static partial Regex CurrencyBefore();

    [GeneratedRegex(@"^\s*(?:rubles?|roubles?|dollars?|euros?|hryvnias?|hryvnia|pounds?|USD|RUB|EUR|UAH)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CurrencyAfter();

    [GeneratedRegex(@"^\s*(?:a|per|each|every)\s+(?:month|year|week|day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriodAfter();

    [GeneratedRegex(@"\b(?:paid|pay|pays|salary|salaries|bonus|bonuses|earn\w*|wage\w*|payment\w*|compensation|allowance|sign-on|signing|lump sum)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PayWords();

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:the\s+)?$")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"\b(?:aged?|ages|age of|ages of|aged between|between the ages of|from the age of|under the age of|over the age of|men of)\s+(?:between\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    [GeneratedRegex(@"^\s*(?:-|\s)?(?:years?-old|years? old|years of age|-year-olds?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"^\s*-?\s*(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DurationAfter();

    [GeneratedRegex(@"(?:\b(?:No\.|no\.|number|Number|unit|Unit|#)\s*$)")]
    private static partial Regex UnitNumberBefore();

    [GeneratedRegex(@"^(?:st|nd|rd|th)\b")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:regions?|oblasts?|krais?|republics?|subjects?|provinces?|districts?|countries|cities|towns|villages|settlements|units|brigades|divisions|battalions|regiments|companies|offices|enlistment offices|military units|tanks|drones|missiles|aircraft|vehicles|rounds|shells|kilometers|kilometres|km|miles|meters|metres|votes|times|attacks|assaults|strikes|sorties|tonnes|tons|hectares|square)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedThings();

    [GeneratedRegex(@"\b(?:killed|killing|wounded|wounding|injured|injuring|lost|losses of|losing|casualties of|death toll of|deaths of|death of|dead|died|kill|wound|eliminated|liquidated)\s+(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|an estimated|approximately|roughly|estimated|a total of)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CasualtyBefore();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,3}?(?:(?:were|have been|had been|was|are)\s+)?(?:killed|wounded|dead|died|casualties|injured|deaths|fatalities|losses|KIA|missing in action|taken prisoner|captured|eliminated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CasualtyAfter();

    [GeneratedRegex(@"\b(?:recruit\w*|mobili[sz]\w*|call(?:ing|ed|s)?[- ]up|draft\w*|conscript\w*|enlist\w*|sign\w*|hir(?:e|ed|ing)|summon\w*|need\w*|require\w*|seek\w*|want\w*)\b[^,;]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex RecruitVerbBefore();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:troops|soldiers|servicemen|personnel|fighters|men)\s+(?:within|inside|near|around|outside|at|on the outskirts of|in the city of|in the town of|in the village of)\s+(?:the\s+)?[A-Z]")]
    private static partial Regex TroopsAtPlace();

    /// <summary>"an N-strong force in Ukraine": the invasion force, troops already at the war.</summary>
    [GeneratedRegex(@"^(?:-strong\s+(?:[\w-]+\s+){0,2}?(?:force|army|contingent|grouping|group)\s+(?:in|inside|deployed in)\s+(?:Ukraine|the war zone|the combat zone|occupied))\b", RegexOptions.IgnoreCase)]
    private static partial Regex StillAtFront();

    [GeneratedRegex(@"\b(?:deployed|redeployed|deploy|deploys|deploying|station|stationing|in the (?:combat |war |SMO )?zone|zone of the special military operation|special military operation zone|thrown into|thrown at|thrown\s[^.;]{0,40}\binto|stationed|accumulated|amassed|massed|concentrated|at the front|on the front|front line|frontline|in the trenches|sent to the front|fighting in|engaged in|taking part in (?:the )?(?:war|fighting|hostilities|combat|special military operation)|participating in (?:the )?(?:war|fighting|hostilities|combat|special military operation))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtFront();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:mobili[sz]ation (?:resource|reserve|potential|pool)|reserve pool|in reserve|potential (?:recruits|conscripts|reservists)|(?:people|men|reservists) (?:eligible|available|who could be)|(?:people|men) of (?:military|fighting|conscription) age|[^.;]{0,80}?\bas potential (?:candidates|recruits|conscripts|reservists|soldiers))", RegexOptions.IgnoreCase)]
    private static partial Regex ReserveAfter();

    [GeneratedRegex(@"\b(?:reserve|pool|mobili[sz]ation (?:resource|potential|reserve)s?|reservists pool) of\s+(?:(?:about|around|some|up to|over|more than)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReserveBefore();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:more|fewer|less|higher|lower)\s+(?:[\w-]+\s+){0,2}?than\b", RegexOptions.IgnoreCase)]
    private static partial Regex DifferenceAfter();

    [GeneratedRegex(@"\b(?:difference|gap|discrepancy|shortfall) of\s+(?:(?:about|around|some|over|more than)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DifferenceBefore();
}
