using MobilizationTracker.Extraction.Attribution;
using MobilizationTracker.Extraction.Dates;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Numbers;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction;

/// <summary>
/// Walks an article's sentences in order, reading figures and carrying the last named speaker on to
/// unattributed sentences that follow (spec rule 3) for a few sentences; "the publication" or "them"
/// refer back to it. Unnamed attributions ("sources said") leave the outlet as source.
/// </summary>
internal sealed class ArticleReading(SourceRegistry sources, string outlet, DateOnly published)
{
    /// <summary>How many sentences a speaker carries on to when nobody else is named.</summary>
    private const int CarryOn = 3;

    public IReadOnlyList<ClaimCandidate> Candidates(IReadOnlyList<Sentence> sentences, CancellationToken ct)
    {
        var candidates = new List<ClaimCandidate>();
        (string Name, ClaimDate Date, int At)? carried = null;
        foreach (var sentence in sentences)
        {
            ct.ThrowIfCancellationRequested();
            var attribution = AttributionFinder.Find(sentence.Text, sources);
            var date = ClaimDateResolver.Resolve(sentence.Text, published);
            var dated = date.Date != published || date.Precision != DatePrecision.Day;
            string source;
            switch (attribution.Kind)
            {
                case PartyKind.Named:
                    source = attribution.Source ?? outlet;
                    carried = sentence.IsHeadline ? carried : (source, date, sentence.Index);
                    break;
                case PartyKind.Anaphoric when carried is { } c:
                    source = c.Name;
                    date = dated ? date : c.Date;
                    carried = sentence.IsHeadline ? carried : c with { At = sentence.Index };
                    break;
                case PartyKind.Unnamed:
                    source = outlet;
                    carried = sentence.IsHeadline ? carried : null;
                    break;
                default:
                    source = carried is { } last && sentence.Index - last.At <= CarryOn ? last.Name : outlet;
                    date = dated || carried is not { } prev || source != prev.Name ? date : prev.Date;
                    break;
            }

            foreach (var figure in FigureReader.Read(sentence.Text))
            {
                candidates.Add(Candidate(sentence, figure, source, date));
            }
        }

        return candidates;
    }

    private static ClaimCandidate Candidate(Sentence sentence, Figure figure, string source, ClaimDate date)
    {
        var regions = RegionFinder.Find(sentence.Text).Select(r => r.Code).Distinct(StringComparer.Ordinal).ToList();
        var m = figure.Mention;
        var claim = new ExtractedClaim
        {
            Figure = m.IsRange ? null : (int?)Math.Min(m.Value ?? 0, int.MaxValue),
            Low = m.IsRange ? (int?)Math.Min(m.Low ?? 0, int.MaxValue) : null,
            High = m.IsRange ? (int?)Math.Min(m.High ?? 0, int.MaxValue) : null,
            Qualifier = figure.Qualifier,
            Kind = figure.Kind,
            Source = source,
            ClaimDate = date.Date,
            ClaimDatePrecision = date.Precision,
            Regions = regions.Count > 0 ? regions : ["RU"],
            Evidence = sentence.Text,
            EvidenceStart = sentence.Start,
            EvidenceLength = sentence.Length,
        };
        return new ClaimCandidate(claim, sentence.IsHeadline, m.Unit);
    }
}
