using MobilizationTracker.Extraction.Cleaning;
using MobilizationTracker.Extraction.Denials;
using MobilizationTracker.Extraction.Language;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Numbers;
using MobilizationTracker.Extraction.Reading;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction;

/// <summary>
/// Article to claims: read, clean, detect the language, split sentences, find denials, then per
/// sentence find figures, attribute them, date them and place them, and finally merge restatements.
/// See docs/extraction.md.
/// </summary>
public sealed class ClaimExtractor(SourceRegistry? sources = null, ExtractionOptions? options = null)
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
        var started = _options.Clock.GetTimestamp();
        using var timer = new CancellationTokenSource(_options.Budget, _options.Clock);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct, timer.Token);
        try
        {
            var read = ArticleReader.Read(input, _options, budget.Token);
            if (read.Rejection is not null)
            {
                return ExtractionResult.Rejected(read.Rejection);
            }

            ThrowIfSpent(started, budget.Token);
            var result = ExtractFromText(input, read, budget.Token);
            ThrowIfSpent(started, budget.Token);
            return result;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ExtractionResult.Rejected(
                $"Reading and extracting took longer than the {_options.Budget.TotalSeconds:0.#} s budget; the article was not processed.");
        }
    }

    /// <summary>
    /// The budget's rule, whether or not its timer has fired yet: the timer is a thread-pool callback,
    /// and on a loaded machine a whole step can finish before it runs.
    /// </summary>
    private void ThrowIfSpent(long started, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        if (_options.Clock.GetElapsedTime(started) > _options.Budget)
        {
            throw new OperationCanceledException(token);
        }
    }

    /// <summary>Passes the claim on, first checking the budget: the per-claim steps grow with the article.</summary>
    private static T Checked<T>(T item, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return item;
    }

    private ExtractionResult ExtractFromText(ArticleInput input, ReadArticle read, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var cleaned = BoilerplateCleaner.Clean(read.Text, input.Title ?? read.Metadata.Title, ct);
        var language = LanguageDetector.Detect(cleaned.Text);
        var warnings = read.Warnings.Concat(cleaned.Warnings).ToList();
        var result = new ExtractionResult
        {
            Metadata = read.Metadata,
            CleanedText = cleaned.Text,
            Language = language,
            Format = read.WasHtml ? ContentFormat.Html : ContentFormat.Text,
            DecodedText = read.Decoded,
        };
        var lexicon = LanguageLexicon.For(language);
        if (!FigureReader.Reads(lexicon))
        {
            warnings.Add($"The text's language is '{language}'; claims are only extracted from a language with a figure vocabulary (English, Russian), so none were extracted.");
            return result with { Warnings = warnings };
        }

        var published = input.Published ?? read.Metadata.Published ?? DateOnly.FromDateTime(DateTime.UnixEpoch);
        if (input.Published is null && read.Metadata.Published is null)
        {
            warnings.Add("No publication date was given or found; claim dates fall back to 1970-01-01.");
        }

        var outlet = _sources.Normalise(input.Outlet ?? read.Metadata.Outlet ?? "unknown");
        ct.ThrowIfCancellationRequested();
        var sentences = SentenceSplitter.Split(cleaned, lexicon, ct);
        ct.ThrowIfCancellationRequested();
        var denials = DenialFinder.Find(sentences, _sources, lexicon, ct);
        ct.ThrowIfCancellationRequested();
        var reading = new ArticleReading(_sources, outlet, published, lexicon);
        var candidates = reading.Candidates(sentences, ct);
        warnings.AddRange(reading.Skipped);
        var articleRegions = ArticleRegions.Find(sentences, lexicon, ct);
        var headlineRegion = ArticleRegions.InHeadline(sentences, articleRegions, lexicon);
        var claims = ClaimMerger.Merge(candidates, denials.Select(d => d.Start).ToHashSet(), ct)
            .Select(c => c.Claim)
            .Select(c => Checked(c, ct))
            .Select(c => ArticleRegions.SingleRegionFor(c, articleRegions, headlineRegion, lexicon) is { } only ? c with { Regions = [only] } : c)
            .Select(c => DenialScope.Covers(c.Kind, c.Evidence, denials, published, c.Source) is (true, var by) ? c with { Denied = true, DeniedBy = by } : c)
            .ToList();

        return result with
        {
            Claims = claims,
            Regions = articleRegions,
            Denials = denials.Select(d => new Denial(d.By, d.Evidence)).ToList(),
            Warnings = warnings,
        };
    }
}
