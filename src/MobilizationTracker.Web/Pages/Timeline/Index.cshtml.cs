using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Pages.Timeline;

/// <summary>The home page: filters, chart and claims newest first, 50 a page (keyset).</summary>
[OutputCache(PolicyName = PageCache.PolicyName)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public ClaimFilter Filter { get; private set; } = ClaimFilter.Empty;
    public bool Ascending { get; private set; }
    public IReadOnlyList<ClaimRow> Rows { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public string? PreviousCursor { get; private set; }
    /// <summary>The filter's chart and match count, shared by its pages.</summary>
    public TimelineChart.Cached Chart { get; private set; } = new(TimelineChart.Empty, 0);

    public static IReadOnlyList<RegionInfo> RegionOptions { get; } =
        RegionGazetteer.ByCode.Values.OrderBy(r => r.Code.Contains('-')).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The region picker's suggestions (a datalist: the value is the name, which the filter also
    /// reads without a script; the code is the label), built once.
    /// </summary>
    public static IHtmlContent RegionOptionsHtml { get; } = new HtmlString(string.Concat(RegionOptions.Select(r =>
        "<option value=\"" + WebUtility.HtmlEncode(r.Name) + "\" data-code=\"" + r.Code + "\">" + r.Code + "</option>")));

    /// <summary>How many filter parameters are set (a region list counts once): the phone's "Filters (3 active)".</summary>
    public int ActiveFilters => Filter.ToQuery().Select(p => p.Key).Distinct(StringComparer.Ordinal).Count();

    /// <summary>How many claims match, counted up to <see cref="TimelineChart.MaxPoints"/> (the chart's query): "more than" beyond.</summary>
    public int MatchCount => Chart.MatchCount;

    public bool MoreThanCount => Chart.Chart.Capped;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (CleanQuery(Request.Query) is { } clean)
        {
            return Redirect("/" + clean);
        }

        Filter = await ClaimSearch.PrepareAsync(db, ClaimFilter.FromQuery(Request.Query), ct);
        Ascending = string.Equals(Request.Query["order"], "asc", StringComparison.OrdinalIgnoreCase);
        var after = TimelineQuery.Cursor.Parse(Request.Query["after"]);
        var before = TimelineQuery.Cursor.Parse(Request.Query["before"]);

        await PageAsync(after, before, ct);
        Chart = await TimelineChart.CachedAsync(db, Filter, ct);
        return Page();
    }

    /// <summary>
    /// The query without its empty parameters ("" for none), or null when none is empty. A form
    /// sent without the page's script (which leaves empty fields out) is redirected to it, so a
    /// shared link carries only the filters that are set.
    /// </summary>
    public static string? CleanQuery(IQueryCollection query)
    {
        if (!query.Any(p => p.Value.Any(string.IsNullOrWhiteSpace)))
        {
            return null;
        }

        var pairs = query.SelectMany(p => p.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(v!.Trim()))).ToList();
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }

    private async Task PageAsync(TimelineQuery.Cursor? after, TimelineQuery.Cursor? before, CancellationToken ct)
    {
        if (before is { } b)
        {
            var (rows, hasMore) = await TimelineQuery.PageBeforeAsync(db, Filter, Ascending, b, TimelineQuery.PageSize, full: false, ct);
            Rows = rows;
            PreviousCursor = hasMore && rows.Count > 0 ? TimelineQuery.Cursor.Of(rows[0]).ToString() : null;
            NextCursor = rows.Count > 0 ? TimelineQuery.Cursor.Of(rows[^1]).ToString() : null;
        }
        else
        {
            var (rows, hasMore) = await TimelineQuery.PageAsync(db, Filter, Ascending, after, TimelineQuery.PageSize, full: false, ct);
            Rows = rows;
            NextCursor = hasMore ? TimelineQuery.Cursor.Of(rows[^1]).ToString() : null;
            PreviousCursor = after is not null && rows.Count > 0 ? TimelineQuery.Cursor.Of(rows[0]).ToString() : null;
        }
    }

    /// <summary>A link to this page with the current filter plus paging/order parameters.</summary>
    public string Link(params (string Key, string Value)[] extra) => "/" + Filter.ToQueryString(extra);

    /// <summary>An export of this filter in the order the page shows (the exports' own default is oldest first).</summary>
    public string ExportLink(string extension, bool byteOrderMark)
    {
        var order = ("order", Ascending ? "asc" : "desc");
        return $"/export/claims.{extension}" + (byteOrderMark ? Filter.ToQueryString(order, ("bom", "1")) : Filter.ToQueryString(order));
    }

    public string OrderLink(bool ascending) => ascending ? Link(("order", "asc")) : Link();

    public string PageLink(string cursorKey, string cursor) =>
        Ascending ? Link(("order", "asc"), (cursorKey, cursor)) : Link((cursorKey, cursor));
}
