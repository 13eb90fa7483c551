using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// Whether a number counts people being recruited: a people noun after it ("400,000 professional
/// soldiers", "300,000 pairs of boots on the ground"), a recruiting construction before it ("recruit
/// a further 300,000", "mobilization of 300,000", "a quota of 20,000") or after it ("1,000 signed
/// contracts", "a 300,000-strong force"). Generic nouns (people, men) need a recruitment word in the sentence
/// or a recruitment verb of their own ("450 men were taken", "200 local men had joined the volunteer units").
/// Papers served one per person count as people: "issued 8,000 summonses", "300 contracts were signed".
/// </summary>
public static partial class PeopleContext
{
    private const string Words = @"(?:(?!(?:{numbers-noun-stops})(?!\w))[\w-]+\s+){0,2}?";
    private const string MilitaryNoun = @"^\s*" + Words + @"(?:{numbers-people-nouns})(?!\w)";
    private const string GenericNoun = @"^\s*" + Words + @"(?:{numbers-generic-people-nouns})(?!\w)";
    private const string Fillers = @"(?:(?:{numbers-fillers})\s+)";
    private const string Recruited = @"(?:{numbers-recruited-after})(?!\w)";

    public static bool HasPeopleNounAfter(string after) => HasPeopleNounAfter(after, LanguageLexicon.English);

    public static bool HasPeopleNounAfter(string after, LanguageLexicon lexicon) =>
        Vocabulary.Rule(lexicon, MilitaryNoun, MilitaryNounAfter()).IsMatch(after) || Vocabulary.Rule(lexicon, GenericNoun, GenericNounAfter()).IsMatch(after);

    public static bool IsAboutPeople(string sentence, NumberMention m, string context = "") => IsAboutPeople(sentence, m, LanguageLexicon.English, context);

    /// <param name="sentence">The sentence holding the number.</param>
    /// <param name="m">The number.</param>
    /// <param name="lexicon">The vocabulary of the sentence's language.</param>
    /// <param name="context">The sentence before, which can supply the recruitment word ("That is roughly 30,000 people a month.").</param>
    public static bool IsAboutPeople(string sentence, NumberMention m, LanguageLexicon lexicon, string context = "")
    {
        var before = Window.Before(sentence, m);
        var after = Window.After(sentence, m);
        bool Is(string template, Regex english, string text) => Vocabulary.Rule(lexicon, template, english).IsMatch(text);
        if (Is(MilitaryNoun, MilitaryNounAfter(), after) || IsStrength(after, lexicon) || Is(@"^\s+" + Fillers + "{0,3}" + Recruited, RecruitedAfter(), after)
            || Is(@"^\s+(?:{numbers-target-nouns-after})(?!\w)", TargetNounAfter(), after)
            || Is(@"^\s*(?:[\w-]+\s+)?(?:{numbers-notices})(?!\w)", NoticesAfter(), after)
            || Is(@"^\s*(?:{numbers-contracts})\s+" + Fillers + "{0,2}" + Recruited, ContractsSignedAfter(), after)
            || Is(GenericNoun + @"\s+" + Fillers + "{0,3}" + Recruited, GenericRecruitedAfter(), after))
        {
            return true;
        }

        if (Is(@"\b(?:{numbers-recruiting-before})\s+" + Fillers + "{0,4}$", RecruitingBefore(), before)
            || Is(@"\b(?:{numbers-army-words})(?!\w)[^.;]{0,40}?(?<!\w)(?:{numbers-force-before})\s+" + Fillers + "{0,2}$", ForceBefore(), before)
            || Is(@"\b(?:{numbers-size-before})\s+$", SizeBefore(), before))
        {
            return true;
        }

        var cue = HasRecruitmentCue(sentence, lexicon);
        if (Is(@"^[\s-]+(?:{numbers-increase-after})(?!\w)", IncreaseAfter(), after) && Is(@"\b(?:{numbers-army-words})(?!\w)", ArmyWord(), sentence)
            || Is(@"^\s*(?:{numbers-rate})(?!\w)", RateAfter(), after) && cue)
        {
            return true;
        }

        return Is(GenericNoun, GenericNounAfter(), after)
            && (cue || Is(@"^\s*\w+\s+(?:{numbers-rate})(?!\w)", RateAfterNoun(), after) && HasRecruitmentCue(context, lexicon));
    }

    /// <summary>A recruitment or military word anywhere in the sentence.</summary>
    public static bool HasRecruitmentCue(string text) => HasRecruitmentCue(text, LanguageLexicon.English);

    public static bool HasRecruitmentCue(string text, LanguageLexicon lexicon) =>
        Vocabulary.Rule(lexicon, @"\b(?:{numbers-recruitment-cues})(?!\w)", RecruitmentCue()).IsMatch(text);

    /// <summary>"-strong" right after the number: the size of a force.</summary>
    public static bool IsStrength(string after) => IsStrength(after, LanguageLexicon.English);

    public static bool IsStrength(string after, LanguageLexicon lexicon) =>
        Vocabulary.Rule(lexicon, @"^(?:{numbers-strong-after})(?!\w)", StrongAfter()).IsMatch(after);

    private const string Adjectives = @"(?:(?!(?:of|in|at|to|from|for|by|with|per|and|or|who|which|that|were|was|are|is|have|has|had|will|the|a|an|than|more|fewer|less)\b)[a-z][\w'-]*\s+|(?:Russian|Ukrainian|Wagner|Chechen|North Korean|Russia's)\s+){0,3}?";

    [GeneratedRegex(@"^\s*(?:more\s+|new\s+|additional\s+|extra\s+)?" + Adjectives + @"(?:soldiers|troops|servicemen|servicemembers|service members|servicewomen|personnel|reservists|reservist|conscripts|recruits|draftees|mobili[sz]ed|mobilized men|mobili[sz]ees|volunteers|fighters|mercenaries|contract soldiers|contractors|contract servicemen|sailors|officers|pairs of boots|boots on the ground|bayonets|snipers|infantrymen|paratroopers|marines|cadets)\b")]
    private static partial Regex MilitaryNounAfter();

    [GeneratedRegex(@"^\s*(?:more\s+|new\s+|additional\s+|extra\s+)?" + Adjectives + @"(?:people|persons|individuals|individual|of them|men|women|males|fathers|husbands|sons|locals|villagers|employees|citizens|Russians|Ukrainians|residents|prisoners|convicts|inmates|students|specialists|workers|migrants|foreigners|recruits|volunteers|applicants|candidates)\b")]
    private static partial Regex GenericNounAfter();

    /// <summary>Call-up papers, one per person: "8,000 summonses", "500 draft notices".</summary>
    [GeneratedRegex(@"^\s*(?:more\s+|new\s+|additional\s+|further\s+)?(?:(?:military|draft|call-up|callup|mobili[sz]ation|conscription|enlistment)\s+)?summons(?:es)?\b|^\s*(?:more\s+|new\s+|additional\s+|further\s+)?(?:military|draft|call-up|callup|mobili[sz]ation|conscription|enlistment)\s+(?:notices?|papers|notifications|orders)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoticesAfter();

    /// <summary>Contracts being signed, one per recruit: "300 new contracts were signed", "400 contracts signed".</summary>
    [GeneratedRegex(@"^\s*(?:(?:new|more|additional|military|army|service)\s+)*contracts\s+(?:(?:were|are|have|has|had|was|is|being|been|already|now)\s+){0,3}signed\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContractsSignedAfter();

    /// <summary>A generic people noun with a recruitment verb of its own: "450 men were taken from", "200 local men had joined the volunteer units".</summary>
    [GeneratedRegex(@"^\s*(?:more\s+)?" + Adjectives + @"(?:men|males|fathers|husbands|sons|locals|residents|villagers|employees|workers|people)\s+(?:(?:were|was|had|have|has|been|being|already|reportedly|also|then|all)\s+){0,3}(?:taken (?:from|away|to)|bussed|rounded up|drafted|mobili[sz]ed|called up|conscripted|recruited|sent to (?:the )?(?:front|war|assembly|training|military)|joined\b[^.;]{0,40}\b(?:army|units?|forces|battalions?|brigades?|defen[cs]e|front|ranks|military|volunteers?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericRecruitedAfter();

    [GeneratedRegex(@"^-?strong\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongAfter();

    [GeneratedRegex(@"^\s+(?:more\s+)?(?:have\s+|had\s+|has\s+|were\s+|are\s+|was\s+|is\s+)?(?:been\s+|being\s+)?(?:signed(?:\s+up|\s+contracts?)?|signing\s+up|signing\s+contracts|enlisted|enlisting|volunteered|volunteering|joined|joining|mobili[sz]ed|called up|drafted|conscripted|recruited)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecruitedAfter();

    [GeneratedRegex(@"^\s+(?:recruitment|mobili[sz]ation|conscription|draft|call-up|enlistment|recruiting)\s+(?:target|quota|goal|plan|drive|campaign)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TargetNounAfter();

    [GeneratedRegex(@"(?:\b(?:recruit(?:s|ed|ing)?|mobili[sz]e[sd]?|mobili[sz]ing|call(?:s|ed|ing)?\s+up|draft(?:s|ed|ing)?|conscript(?:s|ed|ing)?|enlist(?:s|ed|ing)?|summon(?:s|ed|ing)?|hire[sd]?|hiring|sign(?:s|ed|ing)?\s+up|contracts? with|mobili[sz]ation of|call-up of|callup of|draft of|conscription of|quota of|target of|goal of|intake of|total of|army of|force of|strength of|military of|armed forces of|troops of|increase (?:of|by)|increased by|increasing (?:it )?by|expand(?:ed|ing)? by|boost(?:ed|ing)? by)\s+(?:(?:a|an|another|additional|further|extra|the|some|about|around|up|to|as|many|more|than|at|least|over|nearly|almost|approximately|roughly|estimated|just|only|over|in|excess|of|no|fewer|less|exactly)\s+){0,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex RecruitingBefore();

    /// <summary>"the total size of the military will be 2.38 million".</summary>
    [GeneratedRegex(@"\b(?:size|strength|number|numbers|headcount|total|target|quota|goal)\b[^.;]{0,80}?\b(?:will be|would be|is|was|are|were|stands? at|reach(?:es|ed)?)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|up to|at least|approximately|an estimated|only|just|closer to|close to)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SizeBefore();

    /// <summary>"a 137,000 increase" of the armed forces.</summary>
    [GeneratedRegex(@"^[\s-]+(?:troop\s+|personnel\s+|manpower\s+)?(?:increase|rise|boost|expansion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncreaseAfter();

    [GeneratedRegex(@"^\s*(?:(?:per|a|an|each|every)\s+(?:day|week|month)|daily|weekly|monthly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateAfter();

    /// <summary>"increase the armed forces to 1.5 million", "the army now numbers 1.32 million".</summary>
    [GeneratedRegex(@"\b(?:army|armed forces|military|troops|strength|headcount|personnel)\b(?:'s)?[^.;]{0,40}?\b(?:to|by|at|from|number(?:s|ed|ing)?|total(?:s|led|ing)?)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more than|up to|at least|approximately|an estimated)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ForceBefore();

    [GeneratedRegex(@"^\s*\w+\s+(?:(?:per|a|an|each|every)\s+(?:day|week|month)|daily|weekly|monthly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateAfterNoun();

    [GeneratedRegex(@"\b(?:army|armed forces|military|troops|servicemen|soldiers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArmyWord();

    [GeneratedRegex(@"\b(?:mobili[sz]\w*|recruit\w*|conscript\w*|draft\w*|enlist\w*|call(?:ed|ing|s)?[- ]up|called to|summon\w*|contracts?|army|armed forces|military|troops|soldiers|servicemen|reservists|training|sign(?:ed|ing)? up|service agreements?|volunteer\w*|front|forces?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecruitmentCue();
}
