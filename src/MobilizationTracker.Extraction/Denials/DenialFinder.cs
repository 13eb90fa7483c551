using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Attribution;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction.Denials;

/// <summary>
/// Official denials and explanations-away: "X denied/dismissed/refuted/rejected...", "denials of
/// plans", "no plans for", "only updating registration data", "digitizing records", a quoted
/// "we don't have mobilization". "No official announcement has been made" is not a denial.
/// </summary>
public static partial class DenialFinder
{
    public static IReadOnlyList<FoundDenial> Find(IReadOnlyList<Sentence> sentences, SourceRegistry registry) =>
        Find(sentences, registry, LanguageLexicon.English);

    public static IReadOnlyList<FoundDenial> Find(IReadOnlyList<Sentence> sentences, SourceRegistry registry, LanguageLexicon lexicon, CancellationToken ct = default)
    {
        var found = new List<FoundDenial>();
        string? lastNamed = null;
        foreach (var s in sentences)
        {
            ct.ThrowIfCancellationRequested();
            if (s.IsHeadline)
            {
                lastNamed = registry.FindIn(s.Text, lastMention: false) ?? lastNamed; // "President X: no need for ..." names who "he" is
                continue;
            }

            if (FindAny(s.Text, registry, lexicon) is { } d && (Speaker(d.By, s, sentences, registry, lexicon) ?? Quoted(s, lastNamed)) is { } said)
            {
                var by = said.Length == 0 || Pronoun().IsMatch(said) ? lastNamed ?? "authorities" : said;
                found.Add(new FoundDenial(by, s.Text, d.Kind, s.Index, s.Start, s.Length, ReportNamed(s.Text, registry)));
            }

            lastNamed = registry.FindIn(s.Text, lastMention: false) ?? lastNamed;
        }

        return found;
    }

    public static (string By, DenialKind Kind)? Find(string sentence, SourceRegistry registry) => Find(sentence, registry, LanguageLexicon.English);

    /// <summary>
    /// A quotation nobody in its sentence says, in a passage about a named party («Как Песков опровергал слухи: "Это все слухи" -
    /// 17 января»): that party's words.
    /// </summary>
    private static string? Quoted(Sentence sentence, string? lastNamed) =>
        sentence.Text.StartsWith('"') ? lastNamed : null;

    /// <summary>Who made a denial: as found, or for a phrase nobody in its sentence says, the speaker the next sentence names.</summary>
    private static string? Speaker(string by, Sentence sentence, IReadOnlyList<Sentence> sentences, SourceRegistry registry, LanguageLexicon lexicon)
    {
        if (by != Unsaid)
        {
            return by;
        }

        var next = sentences.FirstOrDefault(n => n.Index == sentence.Index + 1);
        return next is not null && AttributionFinder.Find(next.Text, registry, lexicon) is { NamesPrevious: true } named
            ? named.Kind == PartyKind.Named ? named.Source : "" // an anaphor ("the president said this"): the party named before
            : null;
    }

    /// <summary>The denial in one sentence, if any: who made it (empty: the party named before) and what it covers.</summary>
    public static (string By, DenialKind Kind)? Find(string sentence, SourceRegistry registry, LanguageLexicon lexicon) =>
        FindAny(sentence, registry, lexicon) is { } d && d.By != Unsaid ? d : null;

    private static (string By, DenialKind Kind)? FindAny(string sentence, SourceRegistry registry, LanguageLexicon lexicon)
    {
        if (NotADenial().IsMatch(sentence))
        {
            return null;
        }

        return FindEnglishShapes(sentence, registry) ?? FindPhrases(Confusables.Fold(sentence), registry, lexicon);
    }

    /// <summary>
    /// Denial phrases of the language's lexicon (Lexicon/{lang}/denials-*.txt): "the report is a lie", "there is no need",
    /// «это фейк», «не планируется» in a sentence about mobilization or a report; "only to update data", «для уточнения
    /// данных». Someone must say it: the sentence's named speaker (before or after the quote), or a pronoun or anaphor
    /// for the party named before.
    /// </summary>
    private static (string By, DenialKind Kind)? FindPhrases(string sentence, SourceRegistry registry, LanguageLexicon lexicon)
    {
        var phrase = lexicon.Pattern(Called).Match(sentence);
        if (!phrase.Success)
        {
            phrase = lexicon.Pattern(@"\b(?:{denials-self-evident})\b").Match(sentence);
        }

        if (!phrase.Success && lexicon.Pattern(@"\b(?:{denials-topics})").IsMatch(sentence))
        {
            phrase = lexicon.Pattern(@"\b(?:{denials-direct})\b").Match(sentence);
        }

        var direct = phrase.Success;
        if (!direct)
        {
            phrase = lexicon.Pattern(@"\b(?:{denials-explaining-away})").Match(sentence);
        }

        if (!phrase.Success)
        {
            return null;
        }

        // The clause that holds the phrase speaks it: "A had said ..., and B stuck to that line, telling X that the report is a lie."
        var clauses = lexicon.Pattern(@"[;]\s|,\s+(?:{denials-clause-joins})\s").Split(sentence[..phrase.Index]);
        var clause = clauses[^1] + sentence[phrase.Index..];
        if (lexicon.Pattern(@"^\s*(?:{denials-demonstratives})\s*$").IsMatch(clauses[^1]))
        {
            return null; // "This refutes the minister's words": the outlet's own reasoning, not an official's denial
        }

        var speaker = AttributionFinder.Find(clause, registry, lexicon);
        var by = speaker.Kind switch
        {
            PartyKind.Named => speaker.Source,
            PartyKind.Anaphoric => "",
            // the clause's subject, not a name it mentions: before "called", else at the clause's start
            _ => phrase.Groups["called"].Success
                ? registry.FindIn(clauses[^1], lastMention: true)
                : registry.FindIn(clause[..Math.Min(clause.Length, SubjectReach)], lastMention: false),
        };
        return (by ?? Unsaid, direct ? DenialKind.Plans : DenialKind.ExplainingAway);
    }

    /// <summary>"called this information false", «назвал это фейком»: the verb and the word, a few words apart.</summary>
    private const string Called = @"\b(?<called>{denials-called-verbs})\s+(?:[^.;:]{0,60}?\s)?""?(?:{denials-called-words})\b";

    /// <summary>How far into its clause a denial's subject may stand ("Kremlin spokesman Dmitry Peskov stuck to ...").</summary>
    private const int SubjectReach = 60;

    /// <summary>A denial phrase nobody in the sentence says: the next sentence may name the speaker («Об этом заявил ...»).</summary>
    internal const string Unsaid = "\u0000";

    private static (string By, DenialKind Kind)? FindEnglishShapes(string sentence, SourceRegistry registry)
    {
        if (DenialVerb().Match(sentence) is { Success: true } verb)
        {
            return (Who(sentence[..verb.Index], sentence, registry), DenialKind.Plans);
        }

        if (DenialNoun().IsMatch(sentence) || NoPlans().IsMatch(sentence))
        {
            return (registry.FindIn(sentence, lastMention: false) ?? "authorities", DenialKind.Plans);
        }

        if (QuotedDenial().Match(sentence) is { Success: true } quote)
        {
            var kind = NewWave().IsMatch(quote.Value) ? DenialKind.Plans : NotSent().IsMatch(quote.Value) ? DenialKind.NotForTheWar : DenialKind.ExplainingAway;
            return (QuotedSpeaker(sentence[(quote.Index + quote.Length)..], registry), kind);
        }

        if (NotSent().IsMatch(sentence) && Claimer().Match(sentence) is { Success: true } assurer)
        {
            return (Who(sentence[..assurer.Index], sentence, registry), DenialKind.NotForTheWar);
        }

        if (ExplainingAway().IsMatch(sentence) && Claimer().Match(sentence) is { Success: true } claimer)
        {
            return (Who(sentence[..claimer.Index], sentence, registry), DenialKind.ExplainingAway);
        }

        return null;
    }

    /// <summary>The party whose report a denial dismisses: "dismissed Meduza's report", "rejected the Verstka report".</summary>
    internal static string? ReportNamed(string sentence, SourceRegistry registry)
    {
        if (DenialVerb().Match(sentence) is not { Success: true } verb
            || ReportOf().Match(sentence[(verb.Index + verb.Length)..]) is not { Success: true } report)
        {
            return null;
        }

        var owner = report.Groups["owner"].Value;
        return NotAReportOwner().IsMatch(owner) ? null : registry.Normalise(owner);
    }

    private static string Who(string before, string sentence, SourceRegistry registry)
    {
        var phrase = AttributionFinder.SpeakerPhrase(before) ?? "";
        if (registry.FindIn(phrase, lastMention: true) is { } known)
        {
            return known;
        }

        if (PartyResolver.CapitalisedName(phrase, nameAtEnd: true) is { } name && name.Contains(' ', StringComparison.Ordinal))
        {
            return registry.Normalise(name);
        }

        phrase = LeadingArticle().Replace(phrase, "").Trim();
        if (phrase.Length == 0)
        {
            return registry.FindIn(sentence, lastMention: false) ?? "authorities";
        }

        var words = phrase.Split(' ');
        return words.Length > 1 && words.Skip(1).All(w => w.Length > 0 && char.IsLower(w[0]))
            ? char.ToLowerInvariant(phrase[0]) + phrase[1..]
            : phrase;
    }

    private static string QuotedSpeaker(string afterQuote, SourceRegistry registry)
    {
        var phrase = afterQuote.Split(',', '.')[0];
        if (registry.FindIn(phrase, lastMention: false) is { } known)
        {
            return known;
        }

        phrase = PlaceTail().Replace(phrase.Trim(), "");
        if (PartyResolver.CapitalisedName(phrase, nameAtEnd: true) is { } name)
        {
            return registry.Normalise(name);
        }

        phrase = LeadingArticle().Replace(phrase, "");
        phrase = Regex.Replace(phrase, @"\s+(?:said|says|insisted|told|added|claimed)\b.*$", "");
        return phrase.Length > 0 ? phrase : "official";
    }

    [GeneratedRegex(@"\bno official (?:announcement|confirmation|statement|decision)\b|\bhas not been (?:announced|confirmed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotADenial();

    [GeneratedRegex(@"\b(?:denied|denies|deny|dismissed|dismisses|refuted|refutes|rejected|rejects|disputed|downplayed|debunked)\b(?=[^.]{0,80}\b(?:mobili[sz]\w*|wave|plans?|reports?|claims?|rumou?rs?|recruit\w*|conscript\w*|draft\w*|call-?up)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DenialVerb();

    [GeneratedRegex(@"\bdenials? (?:of|that)\b[^.]{0,80}\b(?:mobili[sz]\w*|wave|plans?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DenialNoun();

    [GeneratedRegex(@"\b(?:no plans (?:for|to)|not planning (?:a|any|to)|is not planning|are not planning|there (?:are|were) no plans|no (?:discussions?|talks?|talk|need|question) (?:of|about|for|on)|(?:is|was|are|were) not on the agenda)\b[^.]{0,60}\b(?:mobili[sz]\w*|wave|call-?up|draft)|\bno (?:new|further|second|additional|more) (?:mobili[sz]ation|wave)\b[^.]{0,20}\b(?:was|is|would be|will be|were)\s+(?:needed|necessary|planned|required|expected|on the agenda)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoPlans();

    [GeneratedRegex(@"""[^""]*\b(?:(?:don't|do not|doesn't|does not|won't|will not|isn't|is not|aren't|are not)\s+(?:have\s+|be\s+|plan\s+|planning\s+)?(?:any\s+|a\s+)?(?:new\s+|second\s+|another\s+)?(?:mobili[sz]ation|wave)|there (?:is|are|will be) no (?:new |second )?(?:mobili[sz]ation|wave)|no (?:talk|talks|discussions?|question|plans?) (?:about|of|for) (?:a |any )?(?:new |second |another )?(?:mobili[sz]ation|wave)|no (?:new |second )?mobili[sz]ation (?:is|will be) (?:planned|happening))[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedDenial();

    [GeneratedRegex(@"\b(?:only (?:being )?(?:called|summoned|invited|asked)?[^.]{0,60}?\b(?:updat\w*|verif\w*|clarif\w*|check\w*)|(?:updat\w*|verif\w*|clarif\w*|check\w*) (?:their |the |of )?(?:military )?(?:registration|records|personal data|data|information|details)|digiti[sz]\w* (?:the )?(?:records|data|registers?)|routine (?:check|verification|data|registration)|(?:checks?|summons\w*|measures?|this|it) (?:are|is|were|was) (?:a |only |just |merely )?(?:routine|standard|regular|a formality)|(?:no one|nobody|none) (?:is|was|will be|are) (?:being )?(?:mobili[sz]ed|drafted|sent to the front)|(?:merely|just|simply) (?:a |an )?(?:routine|formality|exercise|training))", RegexOptions.IgnoreCase)]
    private static partial Regex ExplainingAway();

    [GeneratedRegex(@"\b(?:will (?:not|never) be\s+|(?:no one|nobody|none) (?:is|was|will be|are) (?:being )?)(?:sent|deployed|transferred) (?:to )?(?:the |a )?(?:front|war zone|combat zone|zone of|fighting|war)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotSent();

    [GeneratedRegex(@"\b(?:new|second|another|fresh|additional)\s+(?:wave|mobili[sz]ation|round)", RegexOptions.IgnoreCase)]
    private static partial Regex NewWave();

    [GeneratedRegex(@"\b(?:claim|claims|claimed|say|says|said|told|tells|explained|explains|insisted|insists|stated|states|assured|assures|maintain|maintains|maintained)\b")]
    private static partial Regex Claimer();

    [GeneratedRegex(@"^(?:he|she|they|it|we)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:an?|the)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"^\s+(?:the\s+)?(?<owner>[A-Z][\w./&-]*(?:\s+[A-Z][\w./&-]*){0,3}?)(?:'s|’s)?\s+(?:report|reports|reporting|investigation|article|story|claims?)\b")]
    private static partial Regex ReportOf();

    [GeneratedRegex(@"^(?:The|A|An|This|That|These|Those|Western|Media|Foreign|Ukrainian|Russian)$")]
    private static partial Regex NotAReportOwner();

    [GeneratedRegex(@"\s+(?:in|from|at)\s+[A-Z][\w-]*$")]
    private static partial Regex PlaceTail();
}
