using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Pages.Shared;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Stories;

namespace MobilizationTracker.Web.Pages.Compare;

/// <summary>/compare?id=1&amp;id=2: selected claims side by side, and the stored stories they belong to (or the filter's stories).</summary>
[OutputCache(PolicyName = PageCache.PolicyName)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    public ClaimFilter Filter { get; private set; } = ClaimFilter.Empty;
    public IReadOnlyList<ClaimRow> Selected { get; private set; } = [];
    public IReadOnlyList<StoryView> Stories { get; private set; } = [];
    public bool MoreStories { get; private set; }
    public bool TooFew { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = ClaimFilter.FromQuery(Request.Query);
        var ids = Request.Query["id"]
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0)
            .Distinct()
            .ToList();
        Selected = await CompareQuery.SelectedAsync(db, ids, ct);
        TooFew = ids.Count == 1;

        if (Selected.Count > 0)
        {
            Stories = await StoryQuery.OfClaimsAsync(db, Selected.Select(r => r.ClaimId).ToList(), ct);
        }
        else
        {
            (Stories, MoreStories) = await StoryQuery.OfFilterAsync(db, Filter, ct);
        }
    }

    /// <summary>The comparison rows: a label and one value per selected claim.</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<string> Values)> Lines() =>
    [
        ("Figure", Selected.Select(r => ClaimFormat.Figure(r.Figure, r.Low, r.High, Qualifier.Exact)).ToList()),
        ("Qualifier", Selected.Select(r => ClaimFormat.QualifierWords(r.Qualifier)).ToList()),
        ("Kind", Selected.Select(r => ClaimFormat.Kind(r.Kind)).ToList()),
        ("Source", Selected.Select(r => r.Source).ToList()),
        ("Outlet", Selected.Select(r => r.Outlet).ToList()),
        ("Claim date", Selected.Select(r => ClaimFormat.Date(r.ClaimDate, r.ClaimDatePrecision)).ToList()),
        ("Regions", Selected.Select(r => r.Regions.Count == 0 ? "—" : ClaimFormat.RegionNames(r.Regions)).ToList()),
        ("Denied", Selected.Select(r => r.Denied ? "Denied" + (r.DeniedBy is null ? "" : " by " + r.DeniedBy) : "No").ToList()),
        ("Evidence", Selected.Select(r => r.Evidence).ToList()),
    ];

    /// <summary>Whether the value of claim <paramref name="index"/> differs from the first claim's (the first never does).</summary>
    public static bool DiffersFromFirst(IReadOnlyList<string> values, int index) =>
        index > 0 && !string.Equals(values[index], values[0], StringComparison.Ordinal);
}
