using MobilizationTracker.Extraction.Attribution;
using MobilizationTracker.Extraction.Dates;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Numbers;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction;

/// <summary>
/// Walks an article's sentences in order, reading figures and carrying the last named speaker on to
/// unattributed sentences that follow (spec rule 3) for a few sentences; "the publication" or "them"
/// refer back to it ("the ministry" to the last named ministry). Unnamed attributions ("sources
/// said") leave the outlet as source.
/// </summary>
internal sealed class ArticleReading(SourceRegistry sources, string outlet, DateOnly published, LanguageLexicon lexicon)
{
    /// <summary>The vocabulary of the article's language, handed to every step.</summary>
    public LanguageLexicon Lexicon => lexicon;

    /// <summary>How many sentences a speaker carries on to when nobody else is named.</summary>
    private const int CarryOn = 3;

    /// <summary>How many characters back an anaphor without an antecedent looks for a known name (keeps the walk linear).</summary>
    private const int LookBack = 4000;

    /// <summary>Rejections a reviewer may want to see: numbers of people that the rules decided are not recruitment figures.</summary>
    private static readonly RejectionReason[] Explained =
    [
        RejectionReason.Casualties, RejectionReason.FrontTroops, RejectionReason.ReservePool, RejectionReason.Difference,
        RejectionReason.Emigration, RejectionReason.Detentions, RejectionReason.Evacuees, RejectionReason.PrisonersOrDeserters, RejectionReason.Money,
    ];

    private readonly List<Speaker> _named = [];
    private readonly List<string> _skipped = [];
    private readonly System.Text.StringBuilder _read = new();
    private Speaker? _carried;

    /// <summary>One line per number of people left out by a named rule, for the result's warnings.</summary>
    public IReadOnlyList<string> Skipped => _skipped;

    public IReadOnlyList<ClaimCandidate> Candidates(IReadOnlyList<Sentence> sentences, CancellationToken ct)
    {
        var candidates = new List<ClaimCandidate>();
        var previous = "";
        var attributions = new SentenceAttribution[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            attributions[i] = AttributionFinder.Find(sentences[i].Text, sources, lexicon);
        }

        var lead = sentences.FirstOrDefault(s => !s.IsHeadline)?.Index;
        for (var i = 0; i < sentences.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var sentence = sentences[i];
            var own = attributions[i];
            if (own.Kind is null && QuotationSpeaker(sentences, attributions, i) is { } quoted)
            {
                own = quoted;
            }
            else if (own.Kind is null && i == lead && i + 1 < sentences.Count && attributions[i + 1] is { Kind: PartyKind.Named, Source: not null } second
                && AttributionFinder.OpensWithSource(sentences[i + 1].Text, lexicon))
            {
                own = second with { Phrase = "the lead, whose source the next sentence opens with: " + second.Phrase }; // «Как сообщает X, ...»
            }

            var (source, date, why) = Attribute(sentence, own, i + 1 < sentences.Count ? attributions[i + 1] : null);
            _read.Append(sentence.Text).Append('\n');
            var context = previous;
            previous = sentence.Text;
            var figures = FigureReader.Read(sentence.Text, context, lexicon, out var rejected);
            if (figures.Count > 0 && own.Kind is null && _carried is { } carried && carried.Name == source)
            {
                _carried = carried with { At = sentence.Index }; // an account that keeps giving figures goes on
            }
            foreach (var figure in figures)
            {
                var figureDate = ClaimDateResolver.ResolveInClause(sentence.Text, figure.Mention.Start, published, lexicon) ?? date;
                candidates.Add(OutletsOwn.Holds(sentence.Text, figure.Mention.Start, lexicon)
                    ? Candidate(sentence, figure, outlet, figureDate, "background or the outlet's own arithmetic in the sentence: the outlet")
                    : Candidate(sentence, figure, source, figureDate, why));
            }

            foreach (var (mention, reason) in rejected.Where(r => Explained.Contains(r.Reason)))
            {
                var number = sentence.Text.Substring(mention.Start, mention.Length);
                _skipped.Add($"Skipped {number} ({reason}): {Shorten(sentence.Text)}");
            }
        }

        return candidates;
    }

    private (string Source, ClaimDate Date, string Why) Attribute(Sentence sentence, SentenceAttribution attribution, SentenceAttribution? next)
    {
        var date = ClaimDateResolver.Resolve(sentence.Text, published, lexicon);
        var dated = date.Date != published || date.Precision != DatePrecision.Day;
        if (attribution.Kind is null && !sentence.IsHeadline && next is { NamesPrevious: true, Kind: PartyKind.Named, Source: not null })
        {
            // "Russia will call up 10,000. This was stated by X.": the speaker comes after the statement.
            attribution = next with { Phrase = "named in the next sentence: " + next.Phrase };
        }

        switch (attribution.Kind)
        {
            case PartyKind.Named:
                var name = FullName(attribution.Source ?? outlet);
                if (!dated && _carried is { } same && same.Name == name && sentence.Index - same.At <= CarryOn)
                {
                    date = same.Date; // "Putin also said that..." continues what he said "in December"
                }

                var named = new Speaker(name, date, sentence.Index, attribution.Phrase ?? name, attribution.Reporter);
                Remember(sentence, named);
                return (named.Name, date, attribution.Phrase ?? name);
            case PartyKind.Anaphoric when Antecedent(attribution.Source) is { } antecedent:
                Remember(sentence, antecedent with { At = sentence.Index });
                return (antecedent.Name, dated ? date : antecedent.Date, $"{attribution.Phrase}, referring back to: {antecedent.Phrase}");
            case PartyKind.Unnamed:
                if (_carried is { Reporter: true } reporter && sentence.Index - reporter.At <= CarryOn)
                {
                    // "Bloomberg writes ... according to people familiar with the plans": the reporter's own sources.
                    return (reporter.Name, dated ? date : reporter.Date, $"{attribution.Phrase}, unnamed sources of the report: {reporter.Phrase}");
                }

                if (!sentence.IsHeadline)
                {
                    _carried = null;
                }

                return (outlet, date, $"{attribution.Phrase}: unnamed, so the outlet");
            default:
                if (!sentence.IsHeadline && OutletsOwn.Opens(sentence.Text, lexicon))
                {
                    _carried = null;
                    return (outlet, date, "the outlet's own comparison or conclusion: the outlet");
                }

                if (_carried is { } last && sentence.Index - last.At <= CarryOn)
                {
                    var back = sentence.Index - last.At;
                    var from = back == 1 ? "the previous sentence" : $"{back} sentences before";
                    return (last.Name, dated ? date : last.Date, $"carried from {from}: {last.Phrase}");
                }

                return (outlet, date, "no party named: the outlet");
        }
    }

    /// <summary>
    /// The speaker a quotation paragraph names at its end («- ... Зачем нам мобилизация? ..., - сказал Президент.»): the
    /// paragraph opens with a dialogue dash or a quote mark and its last sentence closes the quotation with a named party.
    /// </summary>
    private SentenceAttribution? QuotationSpeaker(IReadOnlyList<Sentence> sentences, SentenceAttribution[] attributions, int i)
    {
        var paragraph = sentences[i].Paragraph;
        var first = i;
        while (first > 0 && sentences[first - 1].Paragraph == paragraph)
        {
            first--;
        }

        var last = i;
        while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == paragraph)
        {
            last++;
        }

        return last > i && AttributionFinder.OpensQuote(sentences[first].Text) && attributions[last].Kind is PartyKind.Named or PartyKind.Anaphoric
            && AttributionFinder.QuoteClosing(sentences[last].Text, lexicon) is { } tail
            && AttributionFinder.Find(tail, sources, lexicon) is { Kind: PartyKind.Named or PartyKind.Anaphoric } closing
                ? closing with { Phrase = "in the quotation closed by: " + closing.Phrase }
                : null;
    }

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..137] + "...";

    private void Remember(Sentence sentence, Speaker speaker)
    {
        if (!sentence.IsHeadline)
        {
            _carried = speaker;
            _named.Add(speaker);
        }
    }

    /// <summary>
    /// A surname alone ("according to Lubinets") is the person named in full earlier ("Dmytro Lubinets"): a
    /// speaker first, else a first name and the surname anywhere in the sentences read so far.
    /// </summary>
    private string FullName(string name) =>
        name.Contains(' ', StringComparison.Ordinal) || name.Length < 3 || !char.IsUpper(name[0])
            ? name
            : _named.LastOrDefault(s => s.Name.EndsWith(" " + name, StringComparison.Ordinal))?.Name ?? MentionedInFull(name) ?? name;

    private string? MentionedInFull(string surname)
    {
        var text = _read.ToString();
        var at = text.IndexOf(" " + surname, StringComparison.Ordinal);
        while (at > 0)
        {
            var end = at + 1 + surname.Length;
            var start = text.LastIndexOf(' ', at - 1) + 1;
            var first = text[start..at];
            if ((end == text.Length || !char.IsLetter(text[end])) && first.Length > 1 && char.IsUpper(first[0]) && first.Skip(1).All(char.IsLower))
            {
                return first + " " + surname;
            }

            at = text.IndexOf(" " + surname, end, StringComparison.Ordinal);
        }

        return null;
    }

    /// <summary>The party an anaphor refers to: the last one whose name holds its noun ("the ministry"), else the last named.</summary>
    private Speaker? Antecedent(string? noun)
    {
        if (noun is not null && _named.LastOrDefault(s => s.Name.Contains(noun, StringComparison.OrdinalIgnoreCase)) is { } byNoun)
        {
            return byNoun;
        }

        if ((_carried ?? _named.LastOrDefault()) is { } last)
        {
            return last;
        }

        // "The president said" with nobody named yet in the body: the last known name printed so far (the headline's too).
        var read = _read.Length <= LookBack ? _read.ToString() : _read.ToString(_read.Length - LookBack, LookBack);
        return sources.FindIn(read, lastMention: true) is { } printed
            ? new Speaker(printed, new ClaimDate(published, DatePrecision.Day), -CarryOn - 1, printed, Reporter: false)
            : null;
    }

    private ClaimCandidate Candidate(Sentence sentence, Figure figure, string source, ClaimDate date, string why)
    {
        var regions = RegionFinder.Find(sentence.Text, lexicon).Select(r => r.Code).Distinct(StringComparer.Ordinal).ToList();
        var m = figure.Mention;
        var claim = new ExtractedClaim
        {
            Figure = m.IsRange ? null : (int?)Math.Min(m.Value ?? 0, int.MaxValue),
            Low = m.IsRange ? (int?)Math.Min(m.Low ?? 0, int.MaxValue) : null,
            High = m.IsRange ? (int?)Math.Min(m.High ?? 0, int.MaxValue) : null,
            Qualifier = figure.Qualifier,
            Kind = figure.Kind,
            Source = source,
            Attribution = why,
            ClaimDate = date.Date,
            ClaimDatePrecision = date.Precision,
            Regions = regions.Count > 0 ? regions : ["RU"],
            Evidence = sentence.Text,
            EvidenceStart = sentence.Start,
            EvidenceLength = sentence.Length,
        };
        return new ClaimCandidate(claim, sentence.IsHeadline, m.Unit);
    }

    /// <summary>A named party as read at sentence <see cref="At"/>; Phrase is what named it, Reporter that it writes or reports.</summary>
    private sealed record Speaker(string Name, ClaimDate Date, int At, string Phrase, bool Reporter);
}
