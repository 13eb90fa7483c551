using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// The one path by which articles enter the database (form, import verb, seeding): read, clean,
/// extract, store, in one transaction. Scoped (it uses the scope's <see cref="TrackerDbContext"/>);
/// writes queue on the singleton <see cref="IngestionWriteGate"/>.
/// </summary>
public sealed class IngestionService(
    TrackerDbContext db,
    IngestionWriteGate gate,
    ExtractionOptions options,
    TimeProvider clock,
    ILogger<IngestionService> logger)
{
    /// <summary>Extracts without storing, for the form's review step.</summary>
    public async Task<ExtractionResult> PreviewAsync(ArticleSubmission submission, CancellationToken ct)
    {
        var extractor = new ClaimExtractor(await SourceRegistryAsync(ct), options);
        return extractor.Extract(ToInput(submission), ct);
    }

    /// <summary>Stores the article and its claims (the reviewed ones when given), or says why not.</summary>
    public async Task<IngestOutcome> IngestAsync(ArticleSubmission submission, CancellationToken ct)
    {
        if (submission.Content.Length > options.MaxBytes)
        {
            return Fail(submission, SubmissionRules.TooLarge(submission.Content.Length, options.MaxBytes));
        }

        var registry = await SourceRegistryAsync(ct);
        var result = new ClaimExtractor(registry, options).Extract(ToInput(submission), ct);
        if (result.Rejection is not null)
        {
            return Fail(submission, result.Rejection);
        }

        var prepared = SubmissionRules.Prepare(submission, result, registry);
        if (prepared.Failure is not null)
        {
            return Fail(submission, prepared.Failure);
        }

        using (await gate.EnterAsync(ct))
        {
            try
            {
                return await StoreAsync(prepared, ct);
            }
            catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
            {
                // Another process stored the same article between our check and our insert.
                db.ChangeTracker.Clear();
                return (IngestOutcome?)await FindDuplicateAsync(prepared.Url, prepared.ContentHash, ct)
                    ?? Fail(submission, "The article could not be stored: " + e.InnerException.Message);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<IngestOutcome> StoreAsync(PreparedArticle prepared, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await FindDuplicateAsync(prepared.Url, prepared.ContentHash, ct) is { } duplicate)
        {
            logger.LogInformation(
                "Not stored: {Title} duplicates article {ArticleId} ({Reason})", prepared.Title, duplicate.ExistingArticleId, duplicate.Reason);
            return duplicate;
        }

        var sources = await UpsertSourcesAsync(prepared.Claims.Select(c => c.Source), ct);
        var regions = await UpsertRegionsAsync(prepared.Claims.SelectMany(c => c.Regions).Concat(prepared.Regions), ct);
        var article = new Article
        {
            Outlet = prepared.Outlet,
            Title = prepared.Title,
            Url = prepared.Url,
            Published = prepared.Published,
            RawContent = prepared.RawContent,
            ContentFormat = prepared.ContentFormat,
            CleanedText = prepared.CleanedText,
            ContentHash = prepared.ContentHash,
            Language = prepared.Language,
            IngestedAt = clock.GetUtcNow().UtcDateTime,
            Regions = [.. prepared.Regions.Select(code => regions[code])],
            Denials = [.. prepared.Denials.Select(d => new ArticleDenial { By = d.By, Evidence = d.Evidence })],
            Claims = [.. prepared.Claims.Select(c => ClaimMapping.ToEntity(c, sources[c.Source], c.Regions.Select(code => regions[code])))],
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation(
            "Ingested {ClaimCount} claims from {Outlet}: {Title} (article {ArticleId})", article.Claims.Count, article.Outlet, article.Title, article.Id);
        return new IngestOutcome.Imported(article.Id, article.Claims.Count);
    }

    private async Task<IngestOutcome.Duplicate?> FindDuplicateAsync(string? url, string contentHash, CancellationToken ct)
    {
        if (url is not null)
        {
            var byUrl = await db.Articles.AsNoTracking().Where(a => a.Url == url).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (byUrl is { } urlId)
            {
                return new IngestOutcome.Duplicate(urlId, "same URL");
            }
        }

        var byText = await db.Articles.AsNoTracking().Where(a => a.ContentHash == contentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        return byText is { } textId ? new IngestOutcome.Duplicate(textId, "same text") : null;
    }

    private async Task<Dictionary<string, Source>> UpsertSourcesAsync(IEnumerable<string> names, CancellationToken ct)
    {
        var wanted = names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var existing = await db.Sources.Where(s => wanted.Contains(s.Name)).ToListAsync(ct);
        var byName = new Dictionary<string, Source>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in existing)
        {
            byName.TryAdd(source.Name, source);
        }

        foreach (var name in wanted.Where(n => !byName.ContainsKey(n)))
        {
            var source = new Source { Name = name };
            db.Sources.Add(source);
            byName[name] = source;
        }

        return byName;
    }

    private async Task<Dictionary<string, Region>> UpsertRegionsAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        var byCode = await db.Regions.Where(r => wanted.Contains(r.Code)).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);
        foreach (var code in wanted.Where(c => !byCode.ContainsKey(c)))
        {
            var region = SubmissionRules.NewRegion(code);
            db.Regions.Add(region);
            byCode[code] = region;
        }

        return byCode;
    }

    private async Task<SourceRegistry> SourceRegistryAsync(CancellationToken ct)
    {
        var aliases = await db.SourceAliases.AsNoTracking()
            .Select(a => new { a.Alias, Canonical = a.Source!.Name })
            .ToListAsync(ct);
        return aliases.Count == 0
            ? SourceRegistry.Default
            : SourceRegistry.Default.WithAliases(aliases.Select(a => (a.Alias, a.Canonical)));
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

    internal static string DecodeRaw(ReadOnlyMemory<byte> content)
    {
        using var reader = new StreamReader(new MemoryStream(content.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
