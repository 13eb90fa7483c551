using System.Globalization;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Pages.Shared;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// Lays out the timeline chart: claimed figures over time on a log-scale y axis with a date x axis,
/// one marker per claim, coloured by kind; denied claims are hollow diamonds, the others filled
/// circles. Claims with the same date, figure, kind and denial share one marker that says how many
/// they are; markers that would still cover each other are moved apart sideways. Every marker has
/// an accessible name with its date, value, kind and source. The view draws the SVG from this model
/// (all text encoded).
/// </summary>
public sealed record TimelineChart(
    IReadOnlyList<TimelineChart.Point> Points,
    IReadOnlyList<TimelineChart.Tick> XTicks,
    IReadOnlyList<TimelineChart.Tick> YTicks,
    int TotalShown,
    bool Capped)
{
    public const int Width = 800;
    public const int Height = 360;
    public const int Left = 60;
    public const int Right = 40;
    public const int Top = 16;
    public const int Bottom = 44;

    /// <summary>
    /// The chart draws the newest this-many claims of the filter (the list pages through all of
    /// them), read without their articles; the same query counts the matches up to this number.
    /// </summary>
    public const int MaxPoints = 200;

    /// <summary>How many sources a shared marker's name lists before "and N more".</summary>
    public const int SourcesNamed = 4;

    /// <summary>The space between the axes and the outermost data, in chart units.</summary>
    private const int Pad = 10;

    /// <summary>How far apart (in chart units) markers of different claims at the same place are moved.</summary>
    private const double Dodge = 9;

    public static TimelineChart Empty { get; } = new([], [], [], 0, false);

    /// <summary>The chart's claims for a prepared filter: the newest <see cref="MaxPoints"/>, and whether there were more.</summary>
    public static async Task<(IReadOnlyList<ClaimRow> Claims, bool Capped)> ReadAsync(TrackerDbContext db, ClaimFilter filter, CancellationToken ct)
    {
        var points = await TimelineQuery.NewestPointsAsync(db, filter, MaxPoints + 1, ct);
        var capped = points.Count > MaxPoints;
        return (capped ? points[..MaxPoints] : points, capped);
    }

    /// <summary>
    /// A filter's chart as the timeline shows it, cached per filter (<see cref="ReadModelCache"/>): the
    /// pages of a filter share it, so paging reads only its rows. <see cref="Html"/> is the rendered
    /// chart, kept by the first page that renders it.
    /// </summary>
    public sealed class Cached(TimelineChart chart, int matchCount)
    {
        public TimelineChart Chart { get; } = chart;

        /// <summary>The matches counted up to <see cref="MaxPoints"/>; the chart is <see cref="TimelineChart.Capped"/> when there are more.</summary>
        public int MatchCount { get; } = matchCount;

        /// <summary>The chart's HTML once rendered (two first requests may both render it, to the same text).</summary>
        public string? Html { get; set; }
    }

    /// <summary>The chart and match count of a prepared filter, read and laid out once per filter while the data stays the same.</summary>
    public static Task<Cached> CachedAsync(TrackerDbContext db, ClaimFilter filter, CancellationToken ct) =>
        ReadModelCache.GetLargeAsync(db, "chart" + filter.ToQueryString(), async () =>
        {
            var (points, capped) = await ReadAsync(db, filter, ct);
            return new Cached(Build(points, capped), points.Count);
        });

    /// <summary>One marker: <see cref="Count"/> claims of one date, figure, kind and denial.</summary>
    public sealed record Point(double X, double Y, string KindToken, bool Denied, int Count, string Label);

    /// <summary>An axis tick; <see cref="Minor"/> ones lose their label on a narrow screen.</summary>
    public sealed record Tick(double Position, string Label, bool Minor = false);

    public static TimelineChart Build(IReadOnlyList<ClaimRow> claims, bool capped)
    {
        var plotted = claims.Where(c => c.Value > 0).ToList();
        if (plotted.Count == 0)
        {
            return Empty with { Capped = capped };
        }

        var minDay = plotted.Min(c => c.ClaimDate.DayNumber);
        var maxDay = plotted.Max(c => c.ClaimDate.DayNumber);
        if (maxDay - minDay < 30)
        {
            minDay -= 15;
            maxDay += 15;
        }

        var values = plotted.Select(c => (double)c.Value!.Value).ToList();
        var minExp = Math.Floor(Math.Log10(values.Min()));
        var maxExp = Math.Ceiling(Math.Log10(values.Max()));
        if (maxExp <= minExp)
        {
            maxExp = minExp + 1;
        }

        // Inset by Pad so a marker at the first date or the lowest figure does not sit on an axis.
        double X(int day) => Left + Pad + (day - minDay) * (Width - Left - Right - 2 * Pad) / (double)(maxDay - minDay);
        double Y(double v) => Top + Pad + (maxExp - Math.Log10(v)) * (Height - Top - Bottom - 2 * Pad) / (maxExp - minExp);

        var groups = plotted
            .GroupBy(c => (c.ClaimDate, Value: c.Value!.Value, c.Kind, c.Denied))
            .OrderBy(g => g.Key.ClaimDate).ThenBy(g => g.Key.Value).ThenBy(g => g.Key.Kind).ThenBy(g => g.Key.Denied)
            .ToList();
        var points = new List<Point>(groups.Count);
        var taken = new Dictionary<(double, double), int>();
        foreach (var g in groups)
        {
            var x = Math.Round(X(g.Key.ClaimDate.DayNumber), 1);
            var y = Math.Round(Y(g.Key.Value), 1);
            var n = taken.GetValueOrDefault((x, y));
            taken[(x, y)] = n + 1;
            var dodged = n == 0 ? x : Math.Round(x + (n % 2 == 1 ? 1 : -1) * Dodge * ((n + 1) / 2), 1);
            points.Add(new Point(dodged, y, g.Key.Kind.ToToken(), g.Key.Denied, g.Count(), Label(g.ToList())));
        }

        return new TimelineChart(points, BuildXTicks(minDay, maxDay, X), BuildYTicks(minExp, maxExp, Y), plotted.Count, capped);
    }

    /// <summary>A marker's accessible name: "21 March 2024: 300,000, target, Verstka; denied by …" or "3 claims on …".</summary>
    public static string Label(IReadOnlyList<ClaimRow> claims)
    {
        var c = claims[0];
        var what = $"{ClaimFormat.Figure(c.Figure, c.Low, c.High, c.Qualifier)}, {ClaimFormat.Kind(c.Kind).ToLowerInvariant()}";
        var date = ClaimFormat.Date(c.ClaimDate, c.ClaimDatePrecision);
        var denied = c.Denied
            ? "; denied" + (claims.Select(r => r.DeniedBy).FirstOrDefault(d => d is not null) is { } by ? " by " + by : "")
            : "";
        if (claims.Count == 1)
        {
            return $"{date}: {what}, {c.Source}{denied}";
        }

        var sources = claims.Select(r => r.Source).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var named = string.Join(", ", sources.Take(SourcesNamed)) + (sources.Count > SourcesNamed ? $" and {sources.Count - SourcesNamed} more" : "");
        return $"{claims.Count} claims on {date}: {what}, {named}{denied}";
    }

    /// <summary>Powers of ten, and 2 and 5 times them when the figures span three decades or fewer (gridlines enough to read a value).</summary>
    private static List<Tick> BuildYTicks(double minExp, double maxExp, Func<double, double> y)
    {
        var ticks = new List<Tick>();
        var steps = maxExp - minExp <= 3 ? new[] { 1.0, 2, 5 } : [1.0];
        for (var e = minExp; e <= maxExp; e++)
        {
            foreach (var m in steps)
            {
                var v = m * Math.Pow(10, e);
                if (v <= Math.Pow(10, maxExp))
                {
                    ticks.Add(new Tick(Math.Round(y(v), 1), ShortNumber(v), Minor: m != 1));
                }
            }
        }

        return ticks;
    }

    /// <summary>Ticks at the start of each week, month, quarter, half year or year, labelled with real dates; every other label is minor.</summary>
    private static List<Tick> BuildXTicks(int minDay, int maxDay, Func<int, double> x)
    {
        var first = DateOnly.FromDayNumber(minDay);
        var last = DateOnly.FromDayNumber(maxDay);
        var english = CultureInfo.GetCultureInfo("en-US");
        var ticks = new List<Tick>();
        if (maxDay - minDay <= 75)
        {
            var monday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
            for (var d = monday; d <= last; d = d.AddDays(7))
            {
                ticks.Add(new Tick(Math.Round(x(d.DayNumber), 1), d.ToString("d MMM yyyy", english), Minor: ticks.Count % 2 == 1));
            }

            return ticks;
        }

        var months = (last.Year - first.Year) * 12 + last.Month - first.Month;
        var step = months switch { <= 8 => 1, <= 24 => 3, <= 48 => 6, <= 120 => 12, _ => 24 };
        for (var d = new DateOnly(first.Year, 1, 1); d <= last; d = d.AddMonths(step))
        {
            if (d >= first)
            {
                var label = step >= 12 ? d.ToString("yyyy", CultureInfo.InvariantCulture) : d.ToString("MMM yyyy", english);
                ticks.Add(new Tick(Math.Round(x(d.DayNumber), 1), label, Minor: ticks.Count % 2 == 1));
            }
        }

        return ticks;
    }

    private static string ShortNumber(double v) => v switch
    {
        >= 1_000_000 => (v / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000 => (v / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => v.ToString("0", CultureInfo.InvariantCulture),
    };
}
