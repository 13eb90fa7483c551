using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Pages.Timeline;

/// <summary>The home page: filters, chart and claims newest first, 50 a page (keyset).</summary>
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public ClaimFilter Filter { get; private set; } = ClaimFilter.Empty;
    public bool Ascending { get; private set; }
    public IReadOnlyList<ClaimRow> Rows { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public string? PreviousCursor { get; private set; }
    public TimelineChart Chart { get; private set; } = TimelineChart.Empty;
    public IReadOnlyList<string> Sources { get; private set; } = [];
    public IReadOnlyList<string> Outlets { get; private set; } = [];

    public static IReadOnlyList<RegionInfo> RegionOptions { get; } =
        RegionGazetteer.ByCode.Values.OrderBy(r => r.Code.Contains('-')).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = ClaimFilter.FromQuery(Request.Query);
        Ascending = string.Equals(Request.Query["order"], "asc", StringComparison.OrdinalIgnoreCase);
        var after = TimelineQuery.Cursor.Parse(Request.Query["after"]);
        var before = TimelineQuery.Cursor.Parse(Request.Query["before"]);

        if (!Ascending && after is null && before is null)
        {
            // The default view: the chart's newest claims start with the first page, so one query serves both.
            var newest = await Newest(TimelineChart.MaxPoints + 1).ToListAsync(ct);
            var hasMore = newest.Count > TimelineQuery.PageSize;
            Rows = await TimelineQuery.WithRegionsAsync(db, newest.Take(TimelineQuery.PageSize).ToList(), ct);
            NextCursor = hasMore ? TimelineQuery.Cursor.Of(Rows[^1]).ToString() : null;
            Chart = BuildChart(newest);
        }
        else
        {
            await PageAsync(after, before, ct);
            Chart = BuildChart(await Newest(TimelineChart.MaxPoints + 1).ToListAsync(ct));
        }

        Sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct);
        Outlets = await db.Articles.AsNoTracking().Select(a => a.Outlet).Distinct().OrderBy(o => o).ToListAsync(ct);
    }

    private async Task PageAsync(TimelineQuery.Cursor? after, TimelineQuery.Cursor? before, CancellationToken ct)
    {
        if (before is { } b)
        {
            var (rows, hasMore) = await TimelineQuery.PageBeforeAsync(db, Filter, Ascending, b, TimelineQuery.PageSize, ct);
            Rows = rows;
            PreviousCursor = hasMore && rows.Count > 0 ? TimelineQuery.Cursor.Of(rows[0]).ToString() : null;
            NextCursor = rows.Count > 0 ? TimelineQuery.Cursor.Of(rows[^1]).ToString() : null;
        }
        else
        {
            var (rows, hasMore) = await TimelineQuery.PageAsync(db, Filter, Ascending, after, TimelineQuery.PageSize, ct);
            Rows = rows;
            NextCursor = hasMore ? TimelineQuery.Cursor.Of(rows[^1]).ToString() : null;
            PreviousCursor = after is not null && rows.Count > 0 ? TimelineQuery.Cursor.Of(rows[0]).ToString() : null;
        }
    }

    private IQueryable<ClaimRow> Newest(int count) =>
        TimelineQuery.Rows(TimelineQuery.Ordered(TimelineQuery.Filter(db, Filter), ascending: false, after: null)).Take(count);

    private static TimelineChart BuildChart(IReadOnlyList<ClaimRow> newest)
    {
        var capped = newest.Count > TimelineChart.MaxPoints;
        return TimelineChart.Build(capped ? newest.Take(TimelineChart.MaxPoints).ToList() : newest, capped);
    }

    /// <summary>A link to this page with the current filter plus paging/order parameters.</summary>
    public string Link(params (string Key, string Value)[] extra) => "/" + Filter.ToQueryString(extra);

    public string OrderLink(bool ascending) => ascending ? Link(("order", "asc")) : Link();

    public string PageLink(string cursorKey, string cursor) =>
        Ascending ? Link(("order", "asc"), (cursorKey, cursor)) : Link((cursorKey, cursor));
}
