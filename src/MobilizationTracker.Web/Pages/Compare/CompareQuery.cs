using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Pages.Compare;

/// <summary>The compare view's read of the selected claims (its stories: <see cref="Stories.StoryQuery"/>).</summary>
public static class CompareQuery
{
    public const int MaxSelected = 12;

    public static async Task<IReadOnlyList<ClaimRow>> SelectedAsync(TrackerDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        return await Rows.ListAsync(db, ids.Take(MaxSelected).ToArray(), ct);
    }

    /// <summary>The full rows of these claims in date order, their article and source joined; compiled, as the page runs it on every view.</summary>
    private static readonly CompiledQuery<int[], ClaimRow> Rows = new((db, ids) =>
        from c in db.Claims.AsNoTracking()
        where ids.Contains(c.Id)
        join a in db.Articles.AsNoTracking() on c.ArticleId + TimelineQuery.ClaimsOutside equals a.Id
        join s in db.Sources.AsNoTracking() on c.SourceId equals s.Id
        orderby c.ClaimDate, c.Id
        select TimelineQuery.JoinedRowShape.Invoke(c, a, s));
}
