using System.Text.RegularExpressions;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// Finds who a sentence is attributed to through reporting chains and keeps the innermost named
/// party: "X reported, citing Y" → Y when Y is named; "a Kremlin source told Mediazona" → Mediazona;
/// "Verstka ... reported, cited by RFE/RL" → Verstka; "according to X"; "X said/wrote/announced".
/// Unnamed parties ("several media outlets", "sources") give way to the named party around them.
/// </summary>
public static partial class AttributionFinder
{
    public static SentenceAttribution Find(string sentence, SourceRegistry registry)
    {
        // "A said ..., B reports, citing C": B and C relay A's statement, so A is the innermost party.
        if (RelayTail().Match(sentence) is { Success: true, Index: > 0 } tail
            && Speakers(SpeechVerb(), sentence[..tail.Index], registry).FirstOrDefault(p => p.Kind == PartyKind.Named) is { } speaker)
        {
            return new SentenceAttribution(PartyKind.Named, speaker.Name);
        }

        var cited = Parties(Citing(), sentence, registry);
        var according = Parties(According(), sentence, registry);
        var speakers = Speakers(SpeechVerb(), sentence, registry)
            .Concat(according)
            .Concat(Parties(InvertedSpeaker(), sentence, registry, nameAtEnd: true))
            .ToList();
        var relays = Parties(Relay(), sentence, registry);
        var actors = Speakers(ActionVerb(), sentence, registry)
            .Concat(Speakers(SubjectVerb(), sentence, registry).Where(p => p.Kind == PartyKind.Named));
        var all = cited.Concat(speakers).Concat(relays).Concat(actors).ToList();
        if (all.FirstOrDefault(p => p.Kind == PartyKind.Named) is { } named)
        {
            return new SentenceAttribution(PartyKind.Named, named.Name);
        }

        if (according.Any(p => p.Kind == PartyKind.Unnamed))
        {
            return new SentenceAttribution(PartyKind.Unnamed, null); // "he ordered ... that, according to official figures, brought": the data is innermost
        }

        if (all.FirstOrDefault(p => p.Kind == PartyKind.Anaphoric) is { } anaphor)
        {
            return new SentenceAttribution(PartyKind.Anaphoric, anaphor.Name); // the anaphor's head noun, e.g. "ministry"
        }

        return all.Count > 0 ? new SentenceAttribution(PartyKind.Unnamed, null) : SentenceAttribution.None;
    }

    /// <summary>The party speaking in "X said", "X reported on Friday", or acting in "Putin, we recall, in December approved".</summary>
    private static IEnumerable<Party> Speakers(Regex verbs, string sentence, SourceRegistry registry)
    {
        foreach (Match verb in verbs.Matches(sentence))
        {
            if (PassiveBefore().IsMatch(sentence[..verb.Index]))
            {
                continue;
            }

            if (SpeakerPhrase(sentence[..verb.Index]) is { } phrase)
            {
                yield return PartyResolver.Resolve(phrase, registry, nameAtEnd: true);
            }
        }
    }

    /// <summary>The words naming the speaker before a verb, skipping appositions and asides between commas.</summary>
    internal static string? SpeakerPhrase(string before)
    {
        var segments = Delimiter().Split(Parenthesis().Replace(before, " "));
        var hops = 0;
        for (var k = segments.Length - 1; k >= 0 && hops < 4; k--, hops++)
        {
            var segment = Filler().Replace(segments[k], " ").Trim();
            var isLast = k == segments.Length - 1;
            if (segment.Length == 0 || !isLast && (Aside().IsMatch(segment) || Apposition().IsMatch(segment) || char.IsLower(segment[0])))
            {
                continue;
            }

            return segment;
        }

        return null;
    }

    private static List<Party> Parties(Regex pattern, string sentence, SourceRegistry registry, bool nameAtEnd = false)
    {
        var parties = new List<Party>();
        foreach (Match m in pattern.Matches(sentence))
        {
            var phrase = Cut().Split(m.Groups["p"].Value)[0];
            phrase = LeadIn().Replace(phrase, "");
            parties.Add(PartyResolver.Resolve(phrase, registry, nameAtEnd));
        }

        return parties;
    }

    /// <summary>", Censor.NET reports, citing Interfax." closing a sentence whose speaker was named before it.</summary>
    [GeneratedRegex(@",\s*[^,;""]{2,60}?\s+(?:reports|reported|writes|wrote)\s*,\s*citing\s+[^,;:""()]+?\s*\.?\s*$")]
    private static partial Regex RelayTail();

    [GeneratedRegex(@"\bciting\s+(?<p>[^,;:""()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Citing();

    [GeneratedRegex(@"\baccording to\s+(?<p>[^,;:""()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex According();

    /// <summary>"..., said Kremlin spokesman Dmitry Peskov." and "\"...,\" says the ministry."</summary>
    [GeneratedRegex(@"(?:,|,""|"")\s*(?:said|says|added|adds|wrote|writes|noted|notes|stated|claimed|told (?:reporters|journalists))\s+(?<p>(?:the\s+|an?\s+|one\s+)?[^,;:""()]+)")]
    private static partial Regex InvertedSpeaker();



    [GeneratedRegex(@"\b(?:as cited by|cited by|as quoted by|quoted by|was quoted as saying by|quoted as saying by|interviewed by|told|in an interview with|speaking to|spoke to|(?:confirmed|said|reported|explained|revealed|leaked)(?:\s+(?:[^,;:""()]|,(?=\d)){0,60}?)?\s+to)\s+(?=[A-Z]|the\s)(?<p>[^,;:""()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Relay();

    [GeneratedRegex(@"\b(?:reported|reports|said|says|say|wrote|writes|told|tells|stated|states|claimed|claims|confirmed|confirms|explained|explains|noted|notes|estimated|estimates|revealed|reveals|insisted|insists|added|adds|declared|declares|predicted|warned|warns|admitted|admits|acknowledged|acknowledges|conceded|concedes|assessed|assesses|learned|published|calculated|believes|believed|continues? to (?:assess|report|say|claim|estimate|believe))\b")]
    private static partial Regex SpeechVerb();

    /// <summary>Acts that make the actor the source when nobody reports them ("Putin approved", "signed a decree").</summary>
    [GeneratedRegex(@"\b(?:approved|approves|ordered|orders|signed|decreed|announced|announces)\b")]
    private static partial Regex ActionVerb();

    /// <summary>
    /// Plans or proposals of a named subject ("Shoigu proposed", "Putin plans"): a sentence that names its own
    /// subject does not take a speaker carried from earlier sentences. Only a named subject counts ("Russia plans"
    /// still continues the carried speaker).
    /// </summary>
    [GeneratedRegex(@"\b(?:proposed|proposes|plans|planned|intends|intended|wants|wanted|aims|aimed|seeks|sought|decided|decides|vowed|vows|pledged|pledges)\b")]
    private static partial Regex SubjectVerb();


    [GeneratedRegex(@"\b(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"[,;""()\[\]]|(?<!\bRe):|\s-\s")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"\b(?:himself|herself|themselves|itself|has|have|had|also|previously|earlier|later|recently|reportedly|publicly|then|first|now|again|however|officially|separately|further|already|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}|last (?:week|month|year)|this (?:week|month)|yesterday|today)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^(?:[a-z]+\s?){1,3}$")]
    private static partial Regex Aside();

    [GeneratedRegex(@"^(?:an?|the)\s+[a-z]", RegexOptions.None)]
    private static partial Regex Apposition();

    [GeneratedRegex(@"\s(?:that|who|which|on|last|this|when|after|before|while|because|about|as|in order|to say)\s")]
    private static partial Regex Cut();

    [GeneratedRegex(@"^(?:reports? by|a report by|a report in|data (?:from|by)|a statement (?:by|from)|statements? by|estimates? (?:by|from)|figures from|information from|an assessment by|the assessment of|an analysis by|calculations by|a study by|a poll by)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();
}
