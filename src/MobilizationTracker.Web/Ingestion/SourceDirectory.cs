using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>What became of an alias or a merge.</summary>
public abstract record SourceWrite
{
    private SourceWrite()
    {
    }

    /// <summary>Done; Message says what changed.</summary>
    public sealed record Done(string Message) : SourceWrite;

    /// <summary>Nothing changed; Message says why in words the editor acts on.</summary>
    public sealed record Refused(string Message) : SourceWrite;
}

/// <summary>
/// The one write path for sources themselves (the claim writers add new ones through
/// <see cref="ClaimRows"/>): aliases added by editors, and merges of two sources, where the claims
/// and aliases of one move to the other, its name becomes an alias, and it is removed. Each write is
/// one transaction behind the <see cref="IngestionWriteGate"/>, with a history row for the source
/// (Entity "source", ArticleId 0) beside the claims' own rows the history interceptor writes.
/// </summary>
public sealed class SourceDirectory(TrackerDbContext db, IngestionWriteGate gate, HistoryActor actor, TimeProvider clock)
{
    /// <summary>The longest alias (the column's limit).</summary>
    public const int MaxAliasLength = 200;

    public sealed record SourceSummary(int Id, string Name, int ClaimCount, IReadOnlyList<string> Aliases);

    /// <summary>Every source by name, with how many claims it has and its aliases.</summary>
    public async Task<IReadOnlyList<SourceSummary>> ListAsync(CancellationToken ct)
    {
        var sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, Claims = db.Claims.Count(c => c.SourceId == s.Id) })
            .ToListAsync(ct);
        var aliases = (await db.SourceAliases.AsNoTracking().Select(a => new { a.SourceId, a.Alias }).ToListAsync(ct))
            .ToLookup(a => a.SourceId, a => a.Alias);
        return [.. sources.Select(s => new SourceSummary(s.Id, s.Name, s.Claims, [.. aliases[s.Id].Order(StringComparer.OrdinalIgnoreCase)]))];
    }

    /// <summary>The names of the sources that have at least one claim: the timeline's source filter list (/api/sources).</summary>
    public static Task<IReadOnlyList<string>> NamesInUseAsync(TrackerDbContext db, CancellationToken ct) =>
        ReadModelCache.GetAsync<IReadOnlyList<string>>(db, "sources-in-use", async () =>
            await db.Sources.AsNoTracking().Where(s => db.Claims.Any(c => c.SourceId == s.Id)).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct));

    /// <summary>Adds another spelling of a source (any script); refused when it names a source or is an alias already.</summary>
    public async Task<SourceWrite> AddAliasAsync(int sourceId, string? alias, CancellationToken ct)
    {
        alias = alias?.Trim();
        if (string.IsNullOrEmpty(alias))
        {
            return new SourceWrite.Refused("Enter the other spelling of the source.");
        }

        if (alias.Length > MaxAliasLength)
        {
            return new SourceWrite.Refused($"An alias is at most {MaxAliasLength} characters.");
        }

        using (await gate.EnterAsync(ct))
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var source = await db.Sources.SingleOrDefaultAsync(s => s.Id == sourceId, ct);
                if (source is null)
                {
                    return new SourceWrite.Refused("That source no longer exists.");
                }

                if (await db.SourceAliases.Include(a => a.Source).FirstOrDefaultAsync(a => a.Alias == alias, ct) is { } taken)
                {
                    return new SourceWrite.Refused($"“{alias}” is already an alias of {taken.Source!.Name}.");
                }

                if (await db.Sources.AnyAsync(s => s.Name == alias, ct))
                {
                    return new SourceWrite.Refused($"“{alias}” is a source of its own; merge it into {source.Name} instead.");
                }

                db.SourceAliases.Add(new SourceAlias { SourceId = source.Id, Alias = alias });
                db.History.Add(Entry(source.Id, "alias", null, new { Alias = alias, Source = source.Name }));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return new SourceWrite.Done($"“{alias}” is now an alias of {source.Name}.");
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Moves every claim and alias of <paramref name="fromId"/> to <paramref name="intoId"/>, keeps its name as an alias, and removes it.</summary>
    public async Task<SourceWrite> MergeAsync(int fromId, int intoId, CancellationToken ct)
    {
        if (fromId == intoId)
        {
            return new SourceWrite.Refused("Choose two different sources to merge.");
        }

        using (await gate.EnterAsync(ct))
        {
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var from = await db.Sources.Include(s => s.Aliases).SingleOrDefaultAsync(s => s.Id == fromId, ct);
                var into = await db.Sources.SingleOrDefaultAsync(s => s.Id == intoId, ct);
                if (from is null || into is null)
                {
                    return new SourceWrite.Refused("One of the two sources no longer exists.");
                }

                // Tracked, not a bulk update: each moved claim gets its own history row on its article's page.
                var claims = await db.Claims.Where(c => c.SourceId == from.Id).ToListAsync(ct);
                foreach (var claim in claims)
                {
                    claim.SourceId = into.Id;
                }

                var aliases = from.Aliases.Select(a => a.Alias).ToList();
                foreach (var alias in from.Aliases)
                {
                    alias.SourceId = into.Id;
                }

                db.SourceAliases.Add(new SourceAlias { SourceId = into.Id, Alias = from.Name });
                db.Sources.Remove(from);
                db.History.Add(Entry(
                    into.Id,
                    "merge",
                    new { from.Id, Source = from.Name, Claims = claims.Count, Aliases = aliases },
                    new { Source = into.Name }));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return new SourceWrite.Done($"{from.Name} was merged into {into.Name}: {claims.Count} claim{(claims.Count == 1 ? "" : "s")} moved, and “{from.Name}” is now an alias.");
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The sources' own history, newest first.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(int take, CancellationToken ct) =>
        await db.History.AsNoTracking().Where(h => h.Entity == HistoryText.SourceEntity).OrderByDescending(h => h.Id).Take(take).ToListAsync(ct);

    private HistoryEntry Entry(int sourceId, string action, object? before, object after) => new()
    {
        At = clock.GetUtcNow().UtcDateTime,
        Actor = actor.Current,
        Entity = HistoryText.SourceEntity,
        EntityId = sourceId,
        ArticleId = 0,
        Action = action,
        Before = before is null ? null : JsonSerializer.Serialize(before),
        After = JsonSerializer.Serialize(after),
    };
}
