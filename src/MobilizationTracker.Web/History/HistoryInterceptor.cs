using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.History;

/// <summary>
/// Records every create, edit and delete of an <see cref="Article"/> or <see cref="Claim"/> as a
/// <see cref="HistoryEntry"/>, in the same transaction as the change (one is opened when the caller
/// has none, after queuing on the process's one <see cref="IngestionWriteGate"/>), and bumps the
/// entity's <c>Version</c> on an edit so a second editor holding the old version gets a concurrency
/// conflict. New articles are inserted without SaveChanges (<see cref="ArticleInserts"/>); their
/// entries come from <see cref="Created"/>, the snapshot this class records for an added entity.
/// Scoped: one instance per <see cref="TrackerDbContext"/>.
/// </summary>
internal sealed class HistoryInterceptor(TimeProvider clock, HistoryActor actor, IngestionWriteGate gate) : SaveChangesInterceptor, IDisposable
{
    private List<Pending> _pending = [];
    private IDbContextTransaction? _ownTransaction;
    private IDisposable? _gateLease;
    private bool _savingHistory;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TrackerDbContext db || _savingHistory)
        {
            return result;
        }

        db.ChangeTracker.DetectChanges();
        _pending = [.. db.ChangeTracker.Entries()
            .Where(e => e.Entity is Article or Claim && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(Capture)];

        // A save outside a caller's transaction queues on the one write gate (as ingestion does) and
        // runs in a transaction of its own, so the change and its history commit together.
        if (db.Database.CurrentTransaction is null && db.ChangeTracker.HasChanges())
        {
            _gateLease = await gate.EnterAsync(cancellationToken);
            try
            {
                _ownTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
            catch
            {
                await EndOwnTransactionAsync();
                throw;
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TrackerDbContext db || _savingHistory)
        {
            return result;
        }

        try
        {
            var pending = _pending;
            _pending = [];
            if (pending.Count > 0)
            {
                var at = clock.GetUtcNow().UtcDateTime;
                db.History.AddRange(pending.Select(p => p.ToEntry(at, actor.Current)));
                _savingHistory = true;
                await db.SaveChangesAsync(cancellationToken);
            }

            if (_ownTransaction is not null)
            {
                await _ownTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            _savingHistory = false;
            await EndOwnTransactionAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_savingHistory)
        {
            _pending = [];
            await EndOwnTransactionAsync();
        }
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_savingHistory)
        {
            _pending = [];
            await EndOwnTransactionAsync();
        }
    }

    /// <summary>EF Core throws a concurrency conflict without calling <see cref="SaveChangesFailedAsync"/>: roll back and leave the gate here.</summary>
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (!_savingHistory)
        {
            _pending = [];
            await EndOwnTransactionAsync();
        }

        return result;
    }

    /// <summary>The scope ends: whatever happened, the gate is not left held.</summary>
    public void Dispose()
    {
        _ownTransaction?.Dispose();
        _ownTransaction = null;
        _gateLease?.Dispose();
        _gateLease = null;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        var tracked = eventData.Context?.ChangeTracker.Entries()
            .Any(e => e.Entity is Article or Claim && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        return tracked == true
            ? throw new NotSupportedException("Save article and claim changes with SaveChangesAsync, so their history is recorded.")
            : result;
    }

    /// <summary>Rolls back an uncommitted own transaction (disposing it) and leaves the write gate.</summary>
    private async Task EndOwnTransactionAsync()
    {
        if (_ownTransaction is not null)
        {
            await _ownTransaction.DisposeAsync();
            _ownTransaction = null;
        }

        _gateLease?.Dispose();
        _gateLease = null;
    }

    private static Pending Capture(EntityEntry entry)
    {
        var action = entry.State switch
        {
            EntityState.Added => "create",
            EntityState.Modified => "edit",
            _ => "delete",
        };
        if (entry.State == EntityState.Modified)
        {
            var version = entry.Property(nameof(Claim.Version));
            if (Equals(version.CurrentValue, version.OriginalValue))
            {
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }

        var before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true);
        return new Pending(entry, action, before);
    }

    /// <summary>The history entry of a row inserted without SaveChanges (<c>RowInserter</c>): what this interceptor records for an added entity.</summary>
    internal static HistoryEntry Created(IEntityType type, object entity, DateTime at, string actorName) =>
        NewEntry(entity, "create", before: null, Snapshot(type, entity, p => p.GetGetter().GetClrValue(entity), _ => false), at, actorName);

    /// <summary>The entity's columns as stored (enums as their spec tokens). An article's text columns are left out unless they changed: the content hash identifies the text.</summary>
    internal static string Snapshot(EntityEntry entry, bool original) =>
        Snapshot(entry.Metadata, entry.Entity, p => original ? entry.Property(p).OriginalValue : entry.Property(p).CurrentValue, p => entry.Property(p).IsModified);

    private static string Snapshot(IEntityType type, object entity, Func<IProperty, object?> valueOf, Func<IProperty, bool> isModified)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties())
        {
            var name = property.Name;
            if (entity is Article && name is nameof(Article.RawContent) or nameof(Article.CleanedText) && !isModified(property))
            {
                continue;
            }

            if (property.ValueGenerated == ValueGenerated.OnAddOrUpdate)
            {
                continue; // a read-model copy the database keeps, not data anyone edited
            }

            var value = valueOf(property);
            var converter = property.GetTypeMapping().Converter;
            values[name] = value is not null && converter is not null ? converter.ConvertToProvider(value) : value;
        }

        if (entity is Claim claim && claim.Regions.Count > 0)
        {
            values["Regions"] = claim.Regions.Select(r => r.Code).Order(StringComparer.Ordinal).ToArray();
        }

        return JsonSerializer.Serialize(values);
    }

    private static HistoryEntry NewEntry(object entity, string action, string? before, string? after, DateTime at, string actorName) => new()
    {
        At = at,
        Actor = actorName,
        Entity = entity is Article ? "article" : "claim",
        EntityId = entity is Article a ? a.Id : ((Claim)entity).Id,
        ArticleId = entity is Article article ? article.Id : ((Claim)entity).ArticleId,
        Action = action,
        Before = before,
        After = after,
    };

    private sealed record Pending(EntityEntry Entry, string Action, string? Before)
    {
        public HistoryEntry ToEntry(DateTime at, string actorName) =>
            NewEntry(Entry.Entity, Action, Before, Action == "delete" ? null : Snapshot(Entry, original: false), at, actorName);
    }
}
