using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// Read-model values that are costly to read on every request and change rarely: the filter form's
/// source and outlet lists, the word forms of a search, a filter's region counts, and a filter's
/// chart with its match count (rendered once). Cached per database; an entry is dropped when this
/// process saves an article, claim or source (<see cref="ChangesInterceptor"/>), and in any case
/// after <see cref="MaxAge"/> (writes by another process, such as the import verb).
/// </summary>
public static class ReadModelCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    /// <summary>At most this many small entries per process (search words are user input); beyond it the cache starts again.</summary>
    public const int MaxEntries = 2000;

    /// <summary>At most this many large entries (a rendered chart is tens of KB): about 10 MB in all.</summary>
    public const int MaxLargeEntries = 100;

    private static long _version;
    private static readonly Store Small = new(MaxEntries);
    private static readonly Store Large = new(MaxLargeEntries);

    /// <summary>The cached value of <paramref name="key"/> for this database, read with <paramref name="read"/> when missing or stale.</summary>
    public static Task<T> GetAsync<T>(TrackerDbContext db, string key, Func<Task<T>> read)
        where T : class => Small.GetAsync(db, key, read);

    /// <summary>As <see cref="GetAsync"/>, for values of tens of KB, of which fewer are kept.</summary>
    public static Task<T> GetLargeAsync<T>(TrackerDbContext db, string key, Func<Task<T>> read)
        where T : class => Large.GetAsync(db, key, read);

    private sealed class Store(int maxEntries)
    {
        private readonly ConcurrentDictionary<(string Database, string Key), Entry> _entries = new();

        public async Task<T> GetAsync<T>(TrackerDbContext db, string key, Func<Task<T>> read)
            where T : class
        {
            var id = (db.DatabaseKey, key);
            var version = Interlocked.Read(ref _version);
            var now = Environment.TickCount64;
            if (_entries.TryGetValue(id, out var entry) && entry.Version == version && entry.Expires > now)
            {
                return (T)entry.Value;
            }

            var value = await read();
            if (_entries.Count >= maxEntries)
            {
                _entries.Clear();
            }

            _entries[id] = new Entry(version, now + (long)MaxAge.TotalMilliseconds, value);
            return value;
        }
    }

    private sealed record Entry(long Version, long Expires, object Value);

    /// <summary>Drops every entry (something they were read from changed).</summary>
    public static void Invalidate() => Interlocked.Increment(ref _version);

    /// <summary>Invalidates the cache after a save that touched articles, claims or sources.</summary>
    internal sealed class ChangesInterceptor : SaveChangesInterceptor
    {
        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            Note(eventData.Context);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Note(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            Note(eventData.Context);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            Note(eventData.Context);
            return ValueTask.FromResult(result);
        }

        // Before the save as well: a reader between the write and its commit must not cache the old lists for long.
        private static void Note(DbContext? context)
        {
            if (context?.ChangeTracker.Entries().Any(e => e.Entity is Article or Claim or Source or ClaimRegion) == true)
            {
                Invalidate();
            }
        }
    }
}
