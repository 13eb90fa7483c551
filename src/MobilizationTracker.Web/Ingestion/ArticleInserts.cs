using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// Stores new articles for <see cref="IngestionService"/>, inside its transaction: the article, its
/// regions and denials, its claims and their regions, and a history entry for the article and each
/// claim (what <see cref="HistoryInterceptor"/> records for a SaveChanges), with one
/// <see cref="RowInserter"/> per table. SaveChanges cost about 0.3 ms a row here, ten times
/// SQLite's own work with every trigger (docs/performance.md, "Import at 500 articles/s").
/// New sources and regions (<see cref="ClaimRows.Unsaved"/>) are inserted first, once.
/// </summary>
internal sealed class ArticleInserts(TrackerDbContext db, string actor, DateTime at) : IAsyncDisposable
{
    private readonly Dictionary<string, RowInserter> _inserters = new(StringComparer.Ordinal);

    public async Task UnsavedAsync(ClaimRows rows, CancellationToken ct)
    {
        foreach (var row in rows.Unsaved)
        {
            await Insert(row.GetType().FullName!).InsertAsync(row, ct);
        }
    }

    public async Task ArticleAsync(Article article, CancellationToken ct)
    {
        await Insert<Article>().InsertAsync(article, ct);
        foreach (var region in article.Regions)
        {
            await Insert("ArticleRegions").InsertAsync(new Dictionary<string, object> { ["ArticleId"] = article.Id, ["RegionCode"] = region.Code }, ct);
        }

        foreach (var denial in article.Denials)
        {
            denial.ArticleId = article.Id;
            await Insert<ArticleDenial>().InsertAsync(denial, ct);
        }

        await HistoryAsync(article, ct);
        foreach (var claim in article.Claims)
        {
            claim.ArticleId = article.Id;
            claim.SourceId = claim.Source!.Id;
            await Insert<Claim>().InsertAsync(claim, ct);
            foreach (var region in claim.Regions)
            {
                await Insert<ClaimRegion>().InsertAsync(new ClaimRegion { ClaimId = claim.Id, RegionCode = region.Code }, ct);
            }

            await HistoryAsync(claim, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var inserter in _inserters.Values)
        {
            await inserter.DisposeAsync();
        }
    }

    private Task HistoryAsync(object entity, CancellationToken ct) =>
        Insert<HistoryEntry>().InsertAsync(HistoryInterceptor.Created(db.Model.FindEntityType(entity.GetType())!, entity, at, actor), ct);

    private RowInserter Insert<T>() => Insert(typeof(T).FullName!);

    private RowInserter Insert(string entityType)
    {
        if (!_inserters.TryGetValue(entityType, out var inserter))
        {
            inserter = new RowInserter(db, db.Model.FindEntityType(entityType)!);
            _inserters[entityType] = inserter;
        }

        return inserter;
    }
}
