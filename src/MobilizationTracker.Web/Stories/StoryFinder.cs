using System.Globalization;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Stories;

/// <summary>
/// What a story is: the same figure of the same kind reported within <see cref="WindowDays"/> days
/// of the first report by at least two outlets or two sources. "The same figure" is the same
/// <see cref="KeyOf">figure key</see>: the kind and the figure rounded to
/// <see cref="SignificantDigits"/> significant digits (296,000, "about 300,000" and 304,000 are
/// the same; 300,000 and 310,000 are not); a range is keyed by its two rounded bounds, so a range
/// whose bounds round alike is that one figure. Within a key, claims are taken in order of claim
/// date, then publication, then id: the first opens a story, every claim up to
/// <see cref="WindowDays"/> days after it joins, the next one after that opens the next story.
/// A story never spans two keys, so a change to a claim is brought up to date by recomputing the
/// stories of its old and new key only (<see cref="StoryMaintenance"/>); this class is the
/// definition both the maintenance and the tests use.
/// </summary>
public static class StoryFinder
{
    public const int WindowDays = 30;
    public const int SignificantDigits = 2;
    public const int MaxKeyLength = 60;

    /// <summary>The claim facts a story is found from.</summary>
    public sealed record Input(int ClaimId, ClaimKind Kind, int? Figure, int? Low, int? High, DateOnly ClaimDate, DateOnly Published, string Source, string Outlet)
    {
        public static Input Of(ClaimRow row) =>
            new(row.ClaimId, row.Kind, row.Figure, row.Low, row.High, row.ClaimDate, row.Published, row.Source, row.Outlet);

        /// <summary>The lower and upper figure: a single figure is both; a one-sided range uses its one bound for both.</summary>
        public (int Low, int High)? Bounds =>
            (Figure ?? Low ?? High, Figure ?? High ?? Low) is ({ } low, { } high) ? (Math.Min(low, high), Math.Max(low, high)) : null;
    }

    /// <summary>The claims of one story, in reporting order, and what is counted about them.</summary>
    public sealed record Found(string Key, IReadOnlyList<Input> Claims)
    {
        public Input First => Claims[0];

        public int OutletCount => Claims.Select(c => c.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();

        public int SourceCount => Claims.Select(c => c.Source).Distinct(StringComparer.OrdinalIgnoreCase).Count();

        public int Low => Claims.Min(c => c.Bounds!.Value.Low);

        public int High => Claims.Max(c => c.Bounds!.Value.High);

        /// <summary>Worth showing: more than one report, from more than one outlet or source.</summary>
        public bool IsStory => Claims.Count >= 2 && (OutletCount >= 2 || SourceCount >= 2);
    }

    /// <summary>The figure key of a claim, or null when it has no figure (such a claim is in no story).</summary>
    public static string? KeyOf(ClaimKind kind, int? figure, int? low, int? high) =>
        new Input(0, kind, figure, low, high, default, default, "", "").Bounds is { } b ? KeyOfBounds(kind, b) : null;

    private static string KeyOfBounds(ClaimKind kind, (int Low, int High) bounds)
    {
        var (low, high) = (Round(bounds.Low), Round(bounds.High));
        return kind.ToToken() + ":" + low.ToString(CultureInfo.InvariantCulture)
            + (low == high ? "" : "-" + high.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Rounds half up to <see cref="SignificantDigits"/> significant digits: 296,500 → 300,000; 1,449 → 1,400; 87 → 87.</summary>
    public static long Round(long value)
    {
        var unit = 1L;
        for (var v = Math.Abs(value); v >= Pow10(SignificantDigits); v /= 10)
        {
            unit *= 10;
        }

        return unit == 1 ? value : (value + Math.Sign(value) * (unit / 2)) / unit * unit;
    }

    private static long Pow10(int n) => n == 0 ? 1 : 10 * Pow10(n - 1);

    /// <summary>Every story (kept or not) among claims of one key or many, in no particular order of keys.</summary>
    public static IEnumerable<Found> Group(IEnumerable<Input> claims)
    {
        foreach (var byKey in claims.Where(c => c.Bounds is not null).GroupBy(c => KeyOfBounds(c.Kind, c.Bounds!.Value), StringComparer.Ordinal))
        {
            List<Input>? current = null;
            foreach (var claim in byKey.OrderBy(c => c.ClaimDate).ThenBy(c => c.Published).ThenBy(c => c.ClaimId))
            {
                if (current is not null && claim.ClaimDate.DayNumber - current[0].ClaimDate.DayNumber > WindowDays)
                {
                    yield return new Found(byKey.Key, current);
                    current = null;
                }

                (current ??= []).Add(claim);
            }

            if (current is not null)
            {
                yield return new Found(byKey.Key, current);
            }
        }
    }

    /// <summary>The stories among these rows, newest first report first: what the compare page shows for the same claims.</summary>
    public static IReadOnlyList<StoryView> Find(IEnumerable<ClaimRow> rows)
    {
        var byId = rows.DistinctBy(r => r.ClaimId).ToDictionary(r => r.ClaimId);
        return StoryView.Newest(Group(byId.Values.Select(Input.Of))
            .Where(s => s.IsStory)
            .Select(s => StoryView.Of(s.Claims.Select(c => byId[c.ClaimId]))));
    }
}
