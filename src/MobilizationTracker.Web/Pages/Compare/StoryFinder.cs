using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Pages.Compare;

/// <summary>
/// Finds stories: the same figure and kind reported within <see cref="WindowDays"/> days by at
/// least two outlets or sources. "The same figure": the claims' values overlap once each is
/// widened by <see cref="Tolerance"/> (5 %) either way; a single figure is the range [f, f], a range
/// is [low, high]. So 300,000 and "about 310,000" match; 300,000 and 400,000 do not; "500–600" and
/// 550 do. Claims are taken in order of claim date, then publication, then id: the first claim of a
/// story is who reported it first, the others relayed it.
/// </summary>
public static class StoryFinder
{
    public const int WindowDays = 30;
    public const double Tolerance = 0.05;

    public sealed record Story(ClaimKind Kind, ClaimRow First, IReadOnlyList<ClaimRow> Relays)
    {
        public IEnumerable<ClaimRow> All => Relays.Prepend(First);

        public int Low => All.Min(r => r.Low ?? r.Figure ?? r.High ?? 0);

        public int High => All.Max(r => r.High ?? r.Figure ?? r.Low ?? 0);

        public IReadOnlyList<ClaimRow> Denied => All.Where(r => r.Denied).ToList();

        public int OutletCount => All.Select(r => r.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();

        public int SourceCount => All.Select(r => r.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }

    public static IReadOnlyList<Story> Find(IEnumerable<ClaimRow> rows)
    {
        var open = new List<(ClaimRow First, List<ClaimRow> Relays)>();
        var active = 0;
        foreach (var row in rows.OrderBy(r => r.ClaimDate).ThenBy(r => r.Published).ThenBy(r => r.ClaimId))
        {
            if (Bounds(row) is not { } bounds)
            {
                continue;
            }

            // Rows come in date order: stories whose first report is out of the window are closed for good.
            while (active < open.Count && row.ClaimDate.DayNumber - open[active].First.ClaimDate.DayNumber > WindowDays)
            {
                active++;
            }

            var story = open.Skip(active).FirstOrDefault(s => s.First.Kind == row.Kind && Overlaps(Bounds(s.First)!.Value, bounds));
            if (story.First is null)
            {
                open.Add((row, []));
            }
            else
            {
                story.Relays.Add(row);
            }
        }

        return open
            .Select(s => new Story(s.First.Kind, s.First, s.Relays))
            .Where(s => s.Relays.Count > 0 && (s.OutletCount >= 2 || s.SourceCount >= 2))
            .OrderByDescending(s => s.First.ClaimDate)
            .ThenByDescending(s => s.First.ClaimId)
            .ToList();
    }

    private static (double Low, double High)? Bounds(ClaimRow row)
    {
        var low = row.Figure ?? row.Low ?? row.High;
        var high = row.Figure ?? row.High ?? row.Low;
        return low is null || high is null ? null : (low.Value * (1 - Tolerance), high.Value * (1 + Tolerance));
    }

    private static bool Overlaps((double Low, double High) a, (double Low, double High) b) => a.Low <= b.High && b.Low <= a.High;
}
