using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Pages.Timeline;

/// <summary>/chart?filter: the timeline chart's claims as a table (its text alternative), read by the chart's own query.</summary>
[OutputCache(PolicyName = PageCache.PolicyName)]
public sealed class ChartModel(TrackerDbContext db) : PageModel
{
    public ClaimFilter Filter { get; private set; } = ClaimFilter.Empty;
    public IReadOnlyList<ClaimRow> Rows { get; private set; } = [];
    public bool Capped { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = await ClaimSearch.PrepareAsync(db, ClaimFilter.FromQuery(Request.Query), ct);
        var (claims, capped) = await TimelineChart.ReadAsync(db, Filter, ct);
        Capped = capped;
        Rows = claims.Where(p => p.Value > 0).ToList();
    }
}
