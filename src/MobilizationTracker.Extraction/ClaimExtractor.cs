using System.Globalization;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Extraction;

/// <summary>
/// Article to claims: read, clean, split, find figures, attribute, date, place, check denials.
/// (Foundation stub: a naive figure finder; the extraction issue replaces the rules.)
/// </summary>
public sealed partial class ClaimExtractor(SourceRegistry? sources = null, ExtractionOptions? options = null)
{
    private readonly SourceRegistry _sources = sources ?? SourceRegistry.Default;
    private readonly ExtractionOptions _options = options ?? ExtractionOptions.Default;

    public SourceRegistry Sources => _sources;

    /// <summary>
    /// Extracts the claims of one article within the time budget. Never throws for bad input: an
    /// unusable article comes back with <see cref="ExtractionResult.Rejection"/> set.
    /// </summary>
    public ExtractionResult Extract(ArticleInput input, CancellationToken ct = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(_options.Budget);
        try
        {
            var read = ArticleReader.Read(input, _options, budget.Token);
            if (read.Rejection is not null)
            {
                return ExtractionResult.Rejected(read.Rejection);
            }

            return ExtractFromText(input, read, budget.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ExtractionResult.Rejected(
                $"Reading and extracting took longer than the {_options.Budget.TotalSeconds:0.#} s budget; the article was not processed.");
        }
    }

    private ExtractionResult ExtractFromText(ArticleInput input, ReadArticle read, CancellationToken ct)
    {
        var text = read.Text.Trim();
        var published = input.Published ?? read.Metadata.Published ?? DateOnly.FromDateTime(DateTime.UnixEpoch);
        var outlet = input.Outlet ?? read.Metadata.Outlet ?? "unknown";
        var claims = new List<ExtractedClaim>();
        foreach (Match m in NaiveFigure().Matches(text))
        {
            ct.ThrowIfCancellationRequested();
            var figure = int.Parse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            if (claims.Any(c => c.Figure == figure))
            {
                continue;
            }

            claims.Add(new ExtractedClaim
            {
                Figure = figure,
                Kind = ClaimKind.Target,
                Qualifier = Qualifier.Exact,
                Source = _sources.Normalise(outlet),
                ClaimDate = published,
                ClaimDatePrecision = DatePrecision.Day,
                Regions = ["RU"],
                Evidence = m.Value,
                EvidenceStart = m.Index,
                EvidenceLength = m.Length,
            });
        }

        return new ExtractionResult
        {
            Metadata = read.Metadata,
            CleanedText = text,
            Language = "en",
            Claims = claims,
        };
    }

    [GeneratedRegex(@"(?<n>\d{1,3}(?:,\d{3})+) (?:professional )?(?:soldiers|people|men|reservists)")]
    private static partial Regex NaiveFigure();
}
