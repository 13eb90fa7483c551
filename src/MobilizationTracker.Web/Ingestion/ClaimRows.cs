using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// The one source and region upsert, for every writer of claims (article form, claim editor, import,
/// seeding): names and codes to rows of this context, the unknown ones added so that they are
/// inserted by the same SaveChanges as the claims that use them (or, for new articles, first by
/// <see cref="ArticleInserts"/>, in the same transaction). Scoped, like the context; what it
/// has read (the alias table, sources, regions) is kept for the scope, so an import reads each once.
/// </summary>
public sealed class ClaimRows(TrackerDbContext db)
{
    private readonly Dictionary<string, Source> _sources = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Region> _regions = new(StringComparer.Ordinal);
    private readonly HashSet<object> _unsaved = [];
    private SourceRegistry? _registry;

    /// <summary>The built-in source registry with the database's aliases (read once per scope).</summary>
    public async Task<SourceRegistry> RegistryAsync(CancellationToken ct)
    {
        if (_registry is null)
        {
            var aliases = await db.SourceAliases.AsNoTracking()
                .Select(a => new { a.Alias, Canonical = a.Source!.Name })
                .ToListAsync(ct);
            _registry = aliases.Count == 0
                ? SourceRegistry.Default
                : SourceRegistry.Default.WithAliases(aliases.Select(a => (a.Alias, a.Canonical)));
        }

        return _registry;
    }

    /// <summary>Reads the sources and regions of the drafts not known yet (one query each) and adds the missing ones.</summary>
    public async Task LoadAsync(IEnumerable<ClaimDraft> drafts, IEnumerable<string> moreRegions, CancellationToken ct)
    {
        var list = drafts.ToList();
        var names = list.Select(d => d.Source).Distinct(StringComparer.OrdinalIgnoreCase).Where(n => !_sources.ContainsKey(n)).ToList();
        if (names.Count > 0)
        {
            foreach (var source in await db.Sources.AsNoTracking().Where(s => names.Contains(s.Name)).ToListAsync(ct))
            {
                _sources.TryAdd(source.Name, source);
            }

            foreach (var name in names.Where(n => !_sources.ContainsKey(n)))
            {
                var source = new Source { Name = name };
                _sources[name] = source;
                _unsaved.Add(source);
            }
        }

        var codes = list.SelectMany(d => d.Regions).Concat(moreRegions).Distinct(StringComparer.Ordinal).Where(c => !_regions.ContainsKey(c)).ToList();
        if (codes.Count > 0)
        {
            foreach (var region in await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToListAsync(ct))
            {
                _regions[region.Code] = region;
            }

            foreach (var code in codes.Where(c => !_regions.ContainsKey(c)))
            {
                var region = SubmissionRules.NewRegion(code);
                _regions[code] = region;
                _unsaved.Add(region);
            }
        }
    }

    /// <summary>A new claim row for a draft whose source and regions were loaded.</summary>
    public Claim NewClaim(ClaimDraft draft) => ClaimMapping.NewClaim(draft, Source(draft.Source), draft.Regions.Select(Region));

    /// <summary>Writes a loaded draft onto a stored, tracked claim.</summary>
    public void Apply(Claim claim, ClaimDraft draft) => ClaimMapping.Apply(claim, draft, Source(draft.Source), draft.Regions.Select(Region));

    public Region Region(string code) => Tracked(db.Regions, code) ?? Track(_regions[code]);

    /// <summary>A new claim row for a loaded draft, with the cached source and regions as they are, for a writer that does not use the change tracker (<see cref="ArticleInserts"/>).</summary>
    internal Claim NewUntrackedClaim(ClaimDraft draft) => ClaimMapping.NewClaim(draft, _sources[draft.Source], draft.Regions.Select(c => _regions[c]));

    /// <summary>A loaded region as it is, not tracked.</summary>
    internal Region UntrackedRegion(string code) => _regions[code];

    /// <summary>The sources and regions <see cref="LoadAsync"/> added that are not stored yet.</summary>
    internal IReadOnlyCollection<object> Unsaved => _unsaved;

    /// <summary>The save went through: the rows added are in the database now.</summary>
    public void Saved() => _unsaved.Clear();

    /// <summary>The save failed or was rolled back: forget everything read, since what was added may not exist.</summary>
    public void Forget()
    {
        _sources.Clear();
        _regions.Clear();
        _unsaved.Clear();
    }

    private Source Source(string name)
    {
        var source = _sources[name];
        return (source.Id != 0 ? Tracked(db.Sources, source.Id) : null) ?? Track(source);
    }

    /// <summary>
    /// The instance the context tracks with that key, if any. Every row this class hands out is tracked
    /// when it is handed out, so the context's identity map is current without the DetectChanges that
    /// <c>DbSet.Local</c> runs over every tracked entity on each call (which made building a batch of
    /// 100 articles quadratic: a quarter of an import's CPU).
    /// </summary>
    private T? Tracked<T, TKey>(DbSet<T> set, TKey key)
        where T : class
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return set.Local.FindEntry(key)?.Entity;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>The cached row, tracked by the context (it may have been cleared since): new rows as added, stored ones as unchanged. The callers prefer an instance the context already tracks (a claim loaded with its regions).</summary>
    private T Track<T>(T entity)
        where T : class
    {
        var entry = db.Entry(entity);
        if (entry.State == EntityState.Detached)
        {
            entry.State = _unsaved.Contains(entity) ? EntityState.Added : EntityState.Unchanged;
        }

        return entity;
    }
}
