using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>What the form's preview found: the extraction, and the reason Save would refuse it (null when it would not).</summary>
public sealed record PreviewOutcome(ExtractionResult Result, IngestOutcome? Refusal);

/// <summary>
/// The one path by which articles enter the database (form, import verb, seeding): read, clean,
/// extract, check, store. Articles of a batch are extracted in parallel, then stored in one
/// transaction behind the process's one <see cref="IngestionWriteGate"/>; each article is whole or
/// absent (a batch that fails at the database is stored again article by article). Scoped: it uses
/// the scope's <see cref="TrackerDbContext"/> and <see cref="ClaimRows"/>, whose caches live as long.
/// </summary>
public sealed class IngestionService(
    TrackerDbContext db,
    ClaimRows rows,
    IngestionWriteGate gate,
    ExtractionOptions options,
    TimeProvider clock,
    HistoryActor actor,
    ILogger<IngestionService> logger)
{
    /// <summary>Extracts without storing, for the form's review step, and says what Save would refuse (all but the metadata the editor is about to give).</summary>
    public async Task<PreviewOutcome> PreviewAsync(ArticleSubmission submission, CancellationToken ct)
    {
        var registry = await rows.RegistryAsync(ct);
        var result = new ClaimExtractor(registry, options).Extract(ToInput(submission), ct);
        if (result.Rejection is not null)
        {
            return new PreviewOutcome(result, new IngestOutcome.Failed(result.Rejection));
        }

        var prepared = SubmissionRules.Prepare(submission, result, registry, forReview: true);
        if (prepared.Failure is not null)
        {
            return new PreviewOutcome(result, new IngestOutcome.Failed(prepared.Failure));
        }

        var duplicates = await DuplicatesAsync([prepared], ct);
        return new PreviewOutcome(result, duplicates.Count > 0 ? duplicates[0] : null);
    }

    /// <summary>Stores the article and its claims (the reviewed ones when given), or says why not.</summary>
    public async Task<IngestOutcome> IngestAsync(ArticleSubmission submission, CancellationToken ct) =>
        (await IngestManyAsync([submission], ct))[0];

    /// <summary>Stores a batch of articles; the outcomes are in the order of the submissions.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> IngestManyAsync(IReadOnlyList<ArticleSubmission> submissions, CancellationToken ct) =>
        await StoreManyAsync(await PrepareManyAsync(submissions, ct), ct);

    /// <summary>
    /// The first half of <see cref="IngestManyAsync"/>: extracts and checks the batch, on every core, and
    /// stores nothing. It uses the database only for the alias registry, and only on the scope's first
    /// call, so once one call has completed, the next may run while <see cref="StoreManyAsync"/> stores
    /// the batch before (the import extracts batch n + 1 while it stores batch n).
    /// </summary>
    public async Task<PreparedBatch> PrepareManyAsync(IReadOnlyList<ArticleSubmission> submissions, CancellationToken ct)
    {
        var registry = await rows.RegistryAsync(ct);
        var extractor = new ClaimExtractor(registry, options);
        var batch = new PreparedBatch(submissions.Count);
        void PrepareOne(int i, CancellationToken token) => (batch.Articles[i], batch.Outcomes[i]) = Check(extractor, registry, submissions[i], token);
        if (submissions.Count == 1)
        {
            PrepareOne(0, ct);
        }
        else
        {
            // Extraction is the expensive part and touches no shared state: it runs on every core, outside the gate.
            await Parallel.ForAsync(0, submissions.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, (i, token) =>
            {
                PrepareOne(i, token);
                return ValueTask.CompletedTask;
            });
        }

        return batch;
    }

    /// <summary>The second half of <see cref="IngestManyAsync"/>: stores what <see cref="PrepareManyAsync"/> let through, behind the write gate; the outcomes are in the order of the submissions.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> StoreManyAsync(PreparedBatch batch, CancellationToken ct)
    {
        var (prepared, outcomes) = (batch.Articles, batch.Outcomes);
        var pending = Enumerable.Range(0, prepared.Length).Where(i => prepared[i] is not null).ToList();
        using (await gate.EnterAsync(ct))
        {
            while (pending.Count > 0)
            {
                // A repeat within the batch waits for the next round, where it meets the stored copy as a duplicate.
                var (round, later) = SplitRepeats(pending, prepared);
                await StoreRoundAsync(round, prepared, outcomes, ct);
                pending = later;
            }
        }

        return [.. outcomes.Select(o => o!)];
    }

    private (PreparedArticle? Prepared, IngestOutcome? Outcome) Check(ClaimExtractor extractor, SourceRegistry registry, ArticleSubmission submission, CancellationToken ct)
    {
        if (submission.Content.Length > options.MaxBytes)
        {
            return (null, Fail(submission, SizeLimits.TooLarge("The file", submission.Content.Length, options.MaxBytes)));
        }

        var result = extractor.Extract(ToInput(submission), ct);
        if (result.Rejection is not null)
        {
            return (null, Fail(submission, result.Rejection));
        }

        var prepared = SubmissionRules.Prepare(submission, result, registry);
        return prepared.Failure is not null ? (null, Fail(submission, prepared.Failure)) : (prepared, null);
    }

    private static (List<int> Round, List<int> Later) SplitRepeats(List<int> pending, PreparedArticle?[] prepared)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var round = new List<int>();
        var later = new List<int>();
        foreach (var i in pending)
        {
            var p = prepared[i]!;
            var repeat = (p.Url is not null && urls.Contains(p.Url)) || hashes.Contains(p.ContentHash);
            (repeat ? later : round).Add(i);
            if (!repeat)
            {
                hashes.Add(p.ContentHash);
                if (p.Url is not null)
                {
                    urls.Add(p.Url);
                }
            }
        }

        return (round, later);
    }

    /// <summary>Stores the round in one transaction; if the database refuses it, article by article, so each is whole or absent.</summary>
    private async Task StoreRoundAsync(List<int> round, PreparedArticle?[] prepared, IngestOutcome?[] outcomes, CancellationToken ct)
    {
        if (round.Count > 1)
        {
            try
            {
                await StoreAsync(round, prepared, outcomes, ct);
                return;
            }
            catch (DbUpdateException e) when (TrackerDatabase.IsConstraintViolation(e))
            {
                // Another process stored one of them meanwhile: nothing of the round is in; try each alone.
                logger.LogInformation("A batch of {Count} articles met a concurrent write; storing them one by one", round.Count);
            }
        }

        foreach (var i in round)
        {
            try
            {
                await StoreAsync([i], prepared, outcomes, ct);
            }
            catch (DbUpdateException e) when (TrackerDatabase.IsConstraintViolation(e))
            {
                var p = prepared[i]!;
                var duplicates = await DuplicatesAsync([p], ct);
                outcomes[i] = duplicates.Count > 0 ? duplicates[0] : new IngestOutcome.Failed("The article could not be stored: " + e.InnerException!.Message);
            }
        }
    }

    private async Task StoreAsync(List<int> round, PreparedArticle?[] prepared, IngestOutcome?[] outcomes, CancellationToken ct)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var duplicates = await DuplicatesAsync([.. round.Select(i => prepared[i]!)], ct);
            var articles = new List<(int Index, Article Article)>();
            var toStore = new List<int>();
            for (var k = 0; k < round.Count; k++)
            {
                var i = round[k];
                if (duplicates.GetValueOrDefault(k) is { } duplicate)
                {
                    logger.LogInformation(
                        "Not stored: {Title} duplicates article {ArticleId} ({Reason})", prepared[i]!.Title, duplicate.ExistingArticleId, duplicate.Reason);
                    outcomes[i] = duplicate;
                }
                else
                {
                    toStore.Add(i);
                }
            }

            if (toStore.Count == 0)
            {
                return;
            }

            await rows.LoadAsync(toStore.SelectMany(i => prepared[i]!.Claims), toStore.SelectMany(i => prepared[i]!.Regions), ct);
            var now = clock.GetUtcNow().UtcDateTime;
            await using (var inserts = new ArticleInserts(db, actor.Current, now))
            {
                await inserts.UnsavedAsync(rows, ct);
                foreach (var i in toStore)
                {
                    var article = ToArticle(prepared[i]!, now);
                    await inserts.ArticleAsync(article, ct);
                    articles.Add((i, article));
                }
            }

            await transaction.CommitAsync(ct);
            rows.Saved();
            foreach (var (i, article) in articles)
            {
                logger.LogDebug(
                    "Ingested {ClaimCount} claims from {Outlet}: {Title} (article {ArticleId})", article.Claims.Count, article.Outlet, article.Title, article.Id);
                outcomes[i] = new IngestOutcome.Imported(article.Id, article.Claims.Count);
            }

            logger.LogInformation("Stored {Count} articles with {ClaimCount} claims", articles.Count, articles.Sum(a => a.Article.Claims.Count));
        }
        catch
        {
            rows.Forget();
            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private Article ToArticle(PreparedArticle p, DateTime now) => new()
    {
        Outlet = p.Outlet,
        Title = p.Title,
        Url = p.Url,
        Published = p.Published,
        RawContent = p.RawContent,
        ContentFormat = p.ContentFormat,
        CleanedText = p.CleanedText,
        ContentHash = p.ContentHash,
        Language = p.Language,
        IngestedAt = now,
        Regions = [.. p.Regions.Select(rows.UntrackedRegion)],
        Denials = [.. p.Denials.Select(d => new ArticleDenial { By = d.By, Evidence = d.Evidence })],
        Claims = [.. p.Claims.Select(rows.NewUntrackedClaim)],
    };

    /// <summary>The stored article each prepared one duplicates (same URL first, then same text), by position; one query per kind.</summary>
    private async Task<Dictionary<int, IngestOutcome.Duplicate>> DuplicatesAsync(IReadOnlyList<PreparedArticle> articles, CancellationToken ct)
    {
        var urls = articles.Select(a => a.Url).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var hashes = articles.Select(a => a.ContentHash).Distinct(StringComparer.Ordinal).ToList();
        var byUrl = urls.Count == 0
            ? []
            : await db.Articles.AsNoTracking().Where(a => a.Url != null && urls.Contains(a.Url))
                .Select(a => new { Url = a.Url!, a.Id }).ToDictionaryAsync(a => a.Url, a => a.Id, StringComparer.Ordinal, ct);
        var byHash = await db.Articles.AsNoTracking().Where(a => hashes.Contains(a.ContentHash))
            .Select(a => new { a.ContentHash, a.Id }).ToDictionaryAsync(a => a.ContentHash, a => a.Id, StringComparer.Ordinal, ct);
        var found = new Dictionary<int, IngestOutcome.Duplicate>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (articles[i].Url is { } url && byUrl.TryGetValue(url, out var urlId))
            {
                found[i] = new IngestOutcome.Duplicate(urlId, "same URL");
            }
            else if (byHash.TryGetValue(articles[i].ContentHash, out var textId))
            {
                found[i] = new IngestOutcome.Duplicate(textId, "same text");
            }
        }

        return found;
    }

    private IngestOutcome.Failed Fail(ArticleSubmission submission, string reason)
    {
        logger.LogWarning("Not stored: {FileName}: {Reason}", submission.FileName ?? submission.Title ?? "(submitted text)", reason);
        return new IngestOutcome.Failed(reason);
    }

    private static ArticleInput ToInput(ArticleSubmission s) => new()
    {
        Content = s.Content,
        Format = s.Format,
        FileName = s.FileName,
        Outlet = Blank(s.Outlet),
        Title = Blank(s.Title),
        Url = Blank(s.Url),
        Published = s.Published,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
