using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Stories;

/// <summary>The compare page's reads of the stored stories: by claim, or by the timeline's filter; each an index lookup.</summary>
public static class StoryQuery
{
    /// <summary>At most this many stories are shown for a filter, newest first.</summary>
    public const int MaxShown = 50;

    /// <summary>A filter's stories are looked for among its newest claims that belong to one, at most this many.</summary>
    public const int MaxScanned = 5000;

    /// <summary>Each story shows its first this many reports, and every denied one (and says how many more it has).</summary>
    public const int MaxClaimsShown = 6;

    /// <summary>
    /// The reports of a story the page shows: the first <see cref="MaxClaimsShown"/> in reporting
    /// order and every denied one. A query on the stored members, so the page reads only those rows
    /// (index (StoryId, Position, Denied)).
    /// </summary>
    public static readonly Expression<Func<StoryMember, bool>> IsShown = m => m.Position < MaxClaimsShown || m.Denied == true;

    private static readonly Func<StoryMember, bool> IsShownInMemory = IsShown.Compile();

    /// <summary>The <see cref="IsShown"/> reports among a story's claims in reporting order.</summary>
    public static IEnumerable<T> Shown<T>(IEnumerable<T> inOrder, Func<T, bool> denied) =>
        inOrder.Where((claim, i) => IsShownInMemory(new StoryMember { Key = "", Position = i, Denied = denied(claim) }));

    /// <summary>The stories these claims belong to.</summary>
    public static async Task<IReadOnlyList<StoryView>> OfClaimsAsync(TrackerDbContext db, IReadOnlyList<int> claimIds, CancellationToken ct)
    {
        var stories = (await StoriesOfClaims.ListAsync(db, claimIds.ToArray(), ct)).DistinctBy(s => s.Id).ToList();
        return await LoadAsync(db, stories, ct);
    }

    private static readonly CompiledQuery<int[], Story> StoriesOfClaims = new((db, claimIds) =>
        from m in db.Set<StoryMember>().AsNoTracking()
        where claimIds.Contains(m.ClaimId)
        join s in db.Set<Story>().AsNoTracking() on m.StoryId equals s.Id
        select s);

    /// <summary>
    /// The newest stories with a claim in the filter (every story when the filter is empty), and
    /// whether there are more than <see cref="MaxShown"/>.
    /// </summary>
    public static async Task<(IReadOnlyList<StoryView> Stories, bool More)> OfFilterAsync(TrackerDbContext db, ClaimFilter filter, CancellationToken ct)
    {
        if (filter.IsEmpty)
        {
            var newest = await db.Set<Story>().AsNoTracking()
                .OrderByDescending(s => s.FirstDate).ThenByDescending(s => s.Id)
                .Take(MaxShown + 1)
                .ToListAsync(ct);
            return (await LoadAsync(db, newest.Take(MaxShown).ToList(), ct), newest.Count > MaxShown);
        }

        // Newest claims first, stopping at the (MaxShown + 1)th story: SQLite steps the statement
        // only as far as it is read, so this reads about one member row per story shown.
        var members = db.Set<StoryMember>().AsNoTracking();
        var scanned = TimelineQuery.Filter(db, filter)
            .Join(members, c => c.Id, m => m.ClaimId, (c, m) => new { c.ClaimDate, c.Id, m.StoryId })
            .Where(x => x.StoryId != null)
            .OrderByDescending(x => x.ClaimDate).ThenByDescending(x => x.Id)
            .Select(x => x.StoryId!.Value)
            .Take(MaxScanned)
            .AsAsyncEnumerable();
        var storyIds = new List<int>();
        await foreach (var storyId in scanned.WithCancellation(ct))
        {
            if (!storyIds.Contains(storyId))
            {
                storyIds.Add(storyId);
                if (storyIds.Count > MaxShown)
                {
                    break;
                }
            }
        }

        var first = storyIds.Take(MaxShown).ToList();
        var stories = await db.Set<Story>().AsNoTracking().Where(s => first.Contains(s.Id)).ToListAsync(ct);
        return (await LoadAsync(db, stories, ct), storyIds.Count > MaxShown);
    }

    /// <summary>
    /// The stories with the <see cref="IsShown"/> claims of each as the timeline lists them, and the
    /// stored totals: one statement from the members' index (StoryId, Position, Denied) through each
    /// shown claim's row, in reporting order (the members' Position).
    /// </summary>
    private static async Task<IReadOnlyList<StoryView>> LoadAsync(TrackerDbContext db, List<Story> stored, CancellationToken ct)
    {
        if (stored.Count == 0)
        {
            return [];
        }

        var stories = stored.ToDictionary(s => s.Id);
        var shown = new Dictionary<int, List<ClaimRow>>();
        foreach (var member in await ShownRows.ListAsync(db, stories.Keys.ToArray(), ct))
        {
            if (!shown.TryGetValue(member.StoryId, out var rows))
            {
                shown[member.StoryId] = rows = [];
            }

            rows.Add(member.Row);
        }

        return StoryView.Newest(shown.Select(s => new StoryView(s.Value, stories[s.Key])));
    }

    private sealed record ShownRow(int StoryId, ClaimRow Row);

    /// <summary>
    /// The shown members of these stories with their claims' list rows (what the page prints of a
    /// report: no evidence), joined in the statement rather than read by id afterwards: a compiled
    /// query, since the compare page runs it on every view.
    /// </summary>
    private static readonly CompiledQuery<int[], ShownRow> ShownRows = new((db, storyIds) =>
        from m in db.Set<StoryMember>().AsNoTracking()
        where m.StoryId != null && storyIds.Contains(m.StoryId.Value) && IsShown.Invoke(m)
        join c in db.Claims.AsNoTracking() on m.ClaimId equals c.Id
        join a in db.Articles.AsNoTracking() on c.ArticleId + TimelineQuery.ClaimsOutside equals a.Id
        join s in db.Sources.AsNoTracking() on c.SourceId equals s.Id
        orderby m.StoryId, m.Position
        select new ShownRow(m.StoryId!.Value, TimelineQuery.JoinedListShape.Invoke(c, a, s)));
}
