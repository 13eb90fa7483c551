using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Pages.Map;

/// <summary>/map?filter: the regions shaded by how many claims of the filter name them, each a link to the timeline filtered to it.</summary>
[OutputCache(PolicyName = PageCache.PolicyName)]
public sealed class IndexModel(TrackerDbContext db) : PageModel
{
    /// <summary>The shades after "none": a region's shade grows with the logarithm of its count, the busiest region darkest.</summary>
    public const int Shades = 5;

    public ClaimFilter Filter { get; private set; } = ClaimFilter.Empty;
    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();
    public int Busiest { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Filter = ClaimFilter.FromQuery(Request.Query);
        Counts = await RegionCounts.OfFilterAsync(db, Filter, ct);
        Busiest = RegionGrid.Tiles.Select(t => CountOf(t.Code)).DefaultIfEmpty().Max();
    }

    public int CountOf(string code) => Counts.GetValueOrDefault(code);

    /// <summary>0 for no claims, else 1..<see cref="Shades"/>.</summary>
    public int ShadeOf(string code)
    {
        var n = CountOf(code);
        return n == 0 || Busiest == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(Shades * Math.Log(n + 1) / Math.Log(Busiest + 1)));
    }

    /// <summary>The regions with claims, most first, then the rest by name; the countries as a whole first.</summary>
    public IReadOnlyList<(string Code, string Name, int Count)> Listed() =>
        RegionGazetteer.ByCode.Values
            .Select(r => (r.Code, r.Name, Count: CountOf(r.Code)))
            .Where(r => r.Count > 0)
            .OrderBy(r => r.Code.Contains('-'))
            .ThenByDescending(r => r.Count)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The timeline with this filter, narrowed to one region.</summary>
    public string TimelineLink(string code) => "/" + (Filter with { Regions = [code] }).ToQueryString();

    public static string Claims(int n) => n == 1 ? "1 claim" : Shared.ClaimFormat.Number(n) + " claims";
}
