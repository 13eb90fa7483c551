using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// Finds who a sentence is attributed to through reporting chains and keeps the innermost named
/// party: "X reported, citing Y" → Y when Y is named; "a Kremlin source told Mediazona" → Mediazona;
/// "Verstka ... reported, cited by RFE/RL" → Verstka; "according to X"; "X said/wrote/announced";
/// «по данным Минобороны», «как пишет "Медуза"», «заявил Песков». Unnamed parties ("several media
/// outlets", "sources", «источник») give way to the named party around them. The logic is the same
/// for every language; the words are the language's lexicon (Lexicon/{lang}/attribution-*.txt).
/// </summary>
public static class AttributionFinder
{
    /// <summary>The longest phrase an explanation quotes; longer ones are cut with an ellipsis.</summary>
    private const int MaxPhrase = 90;

    private enum Role
    {
        Cited,
        Speaker,
        Relay,
        Actor,
    }

    private sealed record Found(Party Party, Role Role, string Phrase, bool Reporter = false);

    public static SentenceAttribution Find(string sentence, SourceRegistry registry) => Find(sentence, registry, LanguageLexicon.English);

    public static SentenceAttribution Find(string sentence, SourceRegistry registry, LanguageLexicon lexicon)
    {
        sentence = Confusables.Fold(sentence);
        var retro = NamesPrevious(sentence, registry, lexicon);

        // "A said ..., B reports, citing C": B and C relay A's statement, so A is the innermost party.
        if (lexicon.Pattern(RelayTail).Match(sentence) is { Success: true, Index: > 0 } tail
            && Speakers(lexicon.Pattern(SpeechVerb), sentence[..tail.Index], registry, lexicon, Role.Speaker).FirstOrDefault(p => p.Party.Kind == PartyKind.Named) is { } speaker)
        {
            return new SentenceAttribution(PartyKind.Named, speaker.Party.Name, Explain(speaker.Phrase + "; relayed by: " + tail.Value.Trim(' ', ',', '.')));
        }

        var cited = Parties(lexicon.Pattern(Citing), sentence, registry, lexicon, Role.Cited)
            .Concat(Parties(lexicon.Pattern(SignedPapers), sentence, registry, lexicon, Role.Cited, nameAtEnd: true).Where(p => p.Party.Kind == PartyKind.Named))
            .ToList();
        var according = Parties(lexicon.Pattern(According), sentence, registry, lexicon, Role.Speaker);
        var speakers = Speakers(lexicon.Pattern(SpeechVerb), sentence, registry, lexicon, Role.Speaker)
            .Concat(according)
            .Concat(Parties(lexicon.Pattern(InvertedSpeaker), sentence, registry, lexicon, Role.Speaker, nameAtEnd: true))
            .Concat(retro is null ? [] : [retro])
            .ToList();
        var relays = Parties(lexicon.Pattern(Relay), sentence, registry, lexicon, Role.Relay);
        var (quotedSpeaker, quotedRelay) = QuotedAs(sentence, registry, lexicon);
        speakers.AddRange(quotedSpeaker);
        relays.AddRange(quotedRelay);

        // An unnamed actor names nobody ("the Russians distributed summonses"); a named or anaphoric one ("the decree signed") counts.
        var actors = Speakers(lexicon.Pattern(ActionVerb), sentence, registry, lexicon, Role.Actor)
            .Where(p => p.Party.Kind != PartyKind.Unnamed)
            .Concat(Speakers(lexicon.Pattern(SubjectVerb), sentence, registry, lexicon, Role.Actor).Where(p => p.Party.Kind == PartyKind.Named))
            .ToList();
        var reporting = cited.Concat(speakers).Concat(relays).ToList();
        var all = reporting.Concat(actors).ToList();

        // A named reporter wins; unnamed reporters ("according to people familiar with the plans") beat a named actor.
        var named = reporting.FirstOrDefault(p => p.Party.Kind == PartyKind.Named)
            ?? (speakers.Any(p => p.Party.Kind == PartyKind.Unnamed) ? null : actors.FirstOrDefault(p => p.Party.Kind == PartyKind.Named));
        if (named is not null)
        {
            var outer = all.FirstOrDefault(p => p != named && p.Party.Kind == PartyKind.Named && p.Party.Name != named.Party.Name && p.Role != Role.Actor);
            var phrase = outer is null ? named.Phrase : named.Phrase + "; innermost of: " + outer.Phrase;
            return new SentenceAttribution(PartyKind.Named, named.Party.Name, Explain(phrase), retro is not null && retro.Party == named.Party, named.Reporter);
        }

        if (according.FirstOrDefault(p => p.Party.Kind == PartyKind.Unnamed) is { } unnamedData)
        {
            // "he ordered ... that, according to official figures, brought": the data is innermost
            return new SentenceAttribution(PartyKind.Unnamed, null, Explain(unnamedData.Phrase));
        }

        if (all.FirstOrDefault(p => p.Party.Kind == PartyKind.Anaphoric) is { } anaphor)
        {
            return new SentenceAttribution(PartyKind.Anaphoric, anaphor.Party.Name, Explain(anaphor.Phrase), retro?.Party.Kind == PartyKind.Anaphoric); // the anaphor's head noun, e.g. "ministry"
        }

        if (all.FirstOrDefault() is { } unnamed)
        {
            return new SentenceAttribution(PartyKind.Unnamed, null, Explain(unnamed.Phrase));
        }

        return lexicon.Pattern(UnnamedReport).Match(sentence) is { Success: true } report
            ? new SentenceAttribution(PartyKind.Unnamed, null, Explain(report.Value))
            : SentenceAttribution.None;
    }

    /// <summary>
    /// The words that close a quotation with its speaker («, - сказал Президент.», ",\" Peskov said."), if the sentence ends so.
    /// A paragraph that opens with the quotation (a dialogue dash or a quote mark) is that speaker's throughout.
    /// </summary>
    public static string? QuoteClosing(string sentence, LanguageLexicon lexicon) =>
        lexicon.Pattern(QuoteClose).Match(sentence) is { Success: true } close ? close.Value : null;

    /// <summary>A paragraph that opens a quotation: a dialogue dash («- После этого ...») or a quote mark.</summary>
    public static bool OpensQuote(string sentence) => sentence.StartsWith('-') || sentence.StartsWith('"');

    /// <summary>"According to X, ...", «Как сообщает X, ...»: the sentence opens by naming its source.</summary>
    public static bool OpensWithSource(string sentence, LanguageLexicon lexicon) => lexicon.Pattern(SourceOpening).IsMatch(sentence);

    /// <summary>"This was stated by X", "X said this on Tuesday", «Об этом сообщил X»: the party of the sentence before.</summary>
    private static Found? NamesPrevious(string sentence, SourceRegistry registry, LanguageLexicon lexicon)
    {
        if (lexicon.Pattern(RetroInverted).Match(sentence) is { Success: true } inverted)
        {
            var phrase = Cut(inverted.Groups["p"].Value, lexicon);
            return new Found(PartyResolver.Resolve(phrase, registry, nameAtEnd: true, lexicon), Role.Speaker, inverted.Value.Trim());
        }

        if (lexicon.Pattern(RetroVerb).Match(sentence) is { Success: true } verb && SpeakerPhrase(sentence[..verb.Index], lexicon) is { } speaker)
        {
            return new Found(PartyResolver.Resolve(Joint(speaker, lexicon), registry, nameAtEnd: true, lexicon), Role.Speaker, speaker + " " + verb.Value.Trim());
        }

        return null;
    }

    /// <summary>"The news site X quoted an unnamed official as saying": the official speaks, X relays.</summary>
    private static (List<Found> Speakers, List<Found> Relays) QuotedAs(string sentence, SourceRegistry registry, LanguageLexicon lexicon)
    {
        var speakers = new List<Found>();
        var relays = new List<Found>();
        foreach (Match m in lexicon.Pattern(QuotedAsSaying).Matches(sentence))
        {
            speakers.Add(new Found(PartyResolver.Resolve(m.Groups["p"].Value, registry, nameAtEnd: true, lexicon), Role.Speaker, m.Value.Trim()));
            if (SpeakerPhrase(sentence[..m.Index], lexicon) is { } relay)
            {
                relays.Add(new Found(PartyResolver.Resolve(relay, registry, nameAtEnd: true, lexicon), Role.Relay, m.Value.Trim()));
            }
        }

        return (speakers, relays);
    }

    /// <summary>The party speaking in "X said", "X reported on Friday", or acting in "Putin, we recall, in December approved".</summary>
    private static IEnumerable<Found> Speakers(Regex verbs, string sentence, SourceRegistry registry, LanguageLexicon lexicon, Role role)
    {
        foreach (Match verb in verbs.Matches(sentence))
        {
            if (lexicon.Pattern(PassiveBefore).IsMatch(sentence[..verb.Index]) || role == Role.Actor && lexicon.Pattern(PassiveAgent).IsMatch(sentence[(verb.Index + verb.Length)..]))
            {
                continue;
            }

            if (!lexicon.Has("attribution-articles") && lexicon.Pattern(ClauseEnd).IsMatch(sentence[..verb.Index]))
            {
                continue; // «..., сообщил Медведев»: the speaker follows the verb (InvertedSpeaker reads it)
            }

            if (SpeakerPhrase(sentence[..verb.Index], lexicon) is { } phrase)
            {
                var reporter = lexicon.Pattern(ReportingVerb).IsMatch(verb.Value);
                yield return new Found(PartyResolver.Resolve(Joint(phrase, lexicon), registry, nameAtEnd: true, lexicon), role, phrase + " " + verb.Value, reporter);
            }
        }
    }

    /// <summary>"Verstka together with iStories": the first party speaks for both.</summary>
    private static string Joint(string phrase, LanguageLexicon lexicon) =>
        lexicon.Pattern(JointWith).Match(phrase) is { Success: true, Index: > 0 } joint ? phrase[..joint.Index] : phrase;

    internal static string? SpeakerPhrase(string before) => SpeakerPhrase(before, LanguageLexicon.English);

    /// <summary>The words naming the speaker before a verb, skipping appositions and asides between commas.</summary>
    internal static string? SpeakerPhrase(string before, LanguageLexicon lexicon)
    {
        var segments = lexicon.Pattern(Delimiter).Split(lexicon.Pattern(Parenthesis).Replace(before, " "));
        var hops = 0;
        for (var k = segments.Length - 1; k >= 0 && hops < 4; k--, hops++)
        {
            var segment = lexicon.Pattern(Filler).Replace(segments[k], " ").Trim();
            var isLast = k == segments.Length - 1;
            if (segment.Length == 0 || !isLast && !LowercaseSubject(segment, lexicon)
                && (lexicon.Pattern(Aside).IsMatch(segment) || lexicon.Pattern(Apposition).IsMatch(segment) || char.IsLower(segment[0]) && !lexicon.Pattern(PapersLead).IsMatch(segment)))
            {
                continue;
            }

            return segment;
        }

        return null;
    }

    /// <summary>Without articles a subject may start lowercase («источник издания, близкий к ..., сообщил»).</summary>
    private static bool LowercaseSubject(string segment, LanguageLexicon lexicon) =>
        !lexicon.Has("attribution-articles") && lexicon.Pattern(SubjectNoun).IsMatch(segment);

    private static List<Found> Parties(Regex pattern, string sentence, SourceRegistry registry, LanguageLexicon lexicon, Role role, bool nameAtEnd = false)
    {
        var parties = new List<Found>();
        foreach (Match m in pattern.Matches(sentence))
        {
            var phrase = Cut(m.Groups["p"].Value, lexicon);
            phrase = lexicon.Pattern(LeadIn).Replace(phrase, "");
            var reporter = role == Role.Speaker && lexicon.Pattern(ReportingVerb).IsMatch(m.Value);
            parties.Add(new Found(PartyResolver.Resolve(phrase, registry, nameAtEnd, lexicon), role, m.Value.Trim(' ', ',', '"', '-'), reporter));
        }

        return parties;
    }

    private static string Cut(string phrase, LanguageLexicon lexicon) => lexicon.Pattern(PhraseEnd).Split(phrase)[0];

    private static string Explain(string phrase)
    {
        phrase = phrase.Trim();
        return phrase.Length <= MaxPhrase ? phrase : phrase[..(MaxPhrase - 3)].TrimEnd() + "...";
    }

    /// <summary>", Censor.NET reports, citing Interfax." closing a sentence whose speaker was named before it.</summary>
    private const string RelayTail = @"(?-i:,\s*[^,;""]{2,60}?\s+(?:{attribution-reporting-verbs})\s*,\s*(?:{attribution-citing})\s+[^,;:""()]+?\s*\.?\s*$)";

    /// <summary>
    /// "Putin's decree, which increased ...", «Указ Путина увеличивает ...»: a paper the named party signed, as the subject
    /// opening the sentence (its figures are the signer's, spec rule 2; a decree mentioned further on is only mentioned).
    /// </summary>
    private const string SignedPapers =
        @"^(?:\S+\s+){0,2}?(?:(?<p>" + PartyResolver.Word + @"(?:\s+" + PartyResolver.Word + @"){0,2}?)(?:'s|’s)\s+(?:(?-i:\p{Ll}+)\s+)?(?:{attribution-signed-papers})\b|(?:{attribution-signed-papers})\s+(?<p>" + PartyResolver.Word + @"(?:\s+" + PartyResolver.Word + @"){0,2}))";

    private const string Citing = @"\b(?:{attribution-citing})\s+(?<p>" + PartyWords + ")";

    private const string According = @"\b(?:{attribution-according})\s+(?<p>" + PartyWords + ")";

    /// <summary>The words of a party up to a clause break; a quoted name may close them («источников "Медузы"»).</summary>
    private const string PartyWords = @"[^,;:""()]+(?:""[^"",;:()]{1,40}"")?";

    /// <summary>"..., said Kremlin spokesman Dmitry Peskov.", "\"...,\" says the ministry.", «..., - заявил Песков», «как пишет "Медуза"».</summary>
    private const string InvertedSpeaker =
        @"(?:""?,""?|""|\b(?:{attribution-inverted-openers}))\s*(?:-\s*)?(?-i:(?:{attribution-inverted-verbs}))\s+(?<p>""?" + PartyWords + ")";

    private const string Relay =
        @"\b(?:{attribution-relay}|(?:{attribution-relay-to-verbs})(?:\s+(?:[^,;:""()]|,(?=\d)){0,60}?)?\s+to)\s+(?=[A-Za-z]|(?-i:\p{Lu})|"")(?<p>""?[^,;:""()]+)";

    private const string SpeechVerb = @"(?-i:\b(?:{attribution-speech-verbs})\b)";

    private const string ReportingVerb = @"\b(?:{attribution-reporting-verbs})\b";

    /// <summary>Acts that make the actor the source when nobody reports them ("Putin approved", "signed a decree").</summary>
    private const string ActionVerb = @"(?-i:\b(?:{attribution-action-verbs})\b)";

    /// <summary>
    /// Plans or proposals of a named subject ("Shoigu proposed", "Putin plans"): a sentence that names its own
    /// subject does not take a speaker carried from earlier sentences. Only a named subject counts ("Russia plans"
    /// still continues the carried speaker).
    /// </summary>
    private const string SubjectVerb = @"(?-i:\b(?:{attribution-subject-verbs})\b)";

    /// <summary>"X said this", "X told about this": the speaker before the verb stated what the sentence before says.</summary>
    private const string RetroVerb = @"\b(?:{attribution-speech-verbs}|{attribution-retro-verbs})\s+(?:{attribution-retro-markers})(?=\s*(?:[.,;!?]|$)|\s+(?:{attribution-retro-after})\b)";

    /// <summary>The speaker after the quotation's end: «..., - сказал Президент.», «...», - заявил Песков.», "...," Peskov said.</summary>
    private const string QuoteClose =
        @"(?:[,.!?]\s*""?|"")\s*(?:-\s*)?(?:(?:{attribution-inverted-verbs})\s+[^""]{1,90}|(?-i:\p{Lu})[^""]{0,60}?\s(?:{attribution-inverted-verbs}))\s*\.?\s*$";

    /// <summary>"According to X,", «Как сообщает X,», «По данным X,» at the start of a sentence.</summary>
    private const string SourceOpening = @"^(?:{attribution-according}|(?:{attribution-inverted-openers})\s+(?:{attribution-inverted-verbs}))\s";

    /// <summary>"This was stated by X", «Об этом сообщил X»: the party after the verb.</summary>
    private const string RetroInverted = @"(?:^|[,;]\s*)(?:{attribution-retro-markers})\s+(?:[^,;:""()]{0,80}?\s)??(?:{attribution-retro-inverted-verbs})\s+(?<p>""?" + PartyWords + ")";

    /// <summary>"There have been reports that ...", «Ранее сообщалось»: somebody unnamed reported it.</summary>
    private const string UnnamedReport = @"\b(?:{attribution-unnamed-reports})\b";

    private const string JointWith = @"\s(?:{attribution-joint})\s";

    /// <summary>"the mobilization announced by X": a participle, not an act of the words before it.</summary>
    private const string PassiveAgent = @"^\s+(?:{attribution-passive-agents})\b";

    private const string QuotedAsSaying = @"(?-i:\b(?:{attribution-quote-verbs}))\s+(?<p>[^,;:""()]{1,90}?)\s+(?:{attribution-quote-as})\b";

    private const string SubjectNoun = @"^(?:{attribution-source-nouns}|{attribution-unnamed-heads}|{attribution-anaphor-nouns}|{attribution-anaphor-roles})\b";

    private const string ClauseEnd = @"(?:[,""]|\s-)\s*$";

    private const string PassiveBefore = @"\b(?:{attribution-passive-auxiliaries})\s+(?:\w+\s+)?$";

    private const string Delimiter = @"[,;""()\[\]]|(?<!\bRe):|\s-\s";

    private const string Filler =
        @"\b(?:{attribution-fillers}|(?:{attribution-time-prepositions})\s+(?:(?:{months})\.?(?:\s+\d{1,2})?(?:\s+\d{4,4})?|(?:{weekdays})))\b";

    /// <summary>"documents from the Defense Ministry, cited by X, reveal": papers with their owner speak for it.</summary>
    private const string PapersLead = @"^(?:{attribution-paper-nouns})\s+(?:{attribution-paper-links})\s";

    private const string Parenthesis = @"\([^()]*\)";

    private const string Aside = @"(?-i:^(?:\p{Ll}+\s?){1,3}$)";

    private const string Apposition = @"(?-i:^(?:{attribution-apposition-articles})\s+\p{Ll})";

    private const string PhraseEnd = @"(?-i:\s(?:{attribution-phrase-ends})\s)";

    private const string LeadIn = @"^(?:{attribution-lead-ins})\s+";
}
