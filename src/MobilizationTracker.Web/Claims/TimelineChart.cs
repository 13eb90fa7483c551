using System.Globalization;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Pages.Shared;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// Lays out the timeline chart: claimed figures over time, log-scale y axis, one dot per claim,
/// coloured by kind, hollow when denied. The view draws the SVG from this model (all text encoded).
/// </summary>
public sealed record TimelineChart(
    IReadOnlyList<TimelineChart.Point> Points,
    IReadOnlyList<TimelineChart.Tick> XTicks,
    IReadOnlyList<TimelineChart.Tick> YTicks,
    int TotalShown,
    bool Capped)
{
    public const int Width = 960;
    public const int Height = 320;
    public const int Left = 64;
    public const int Right = 16;
    public const int Top = 16;
    public const int Bottom = 36;
    /// <summary>
    /// The chart draws the newest this-many claims of the filter (the list pages through all of
    /// them), read without their articles; the same query counts the matches up to this number.
    /// </summary>
    public const int MaxPoints = 200;

    public static TimelineChart Empty { get; } = new([], [], [], 0, false);

    public sealed record Point(double X, double Y, string KindToken, bool Denied, string Title);

    public sealed record Tick(double Position, string Label);

    public static TimelineChart Build(IReadOnlyList<ClaimRow> claims, bool capped)
    {
        var plotted = claims.Where(c => (c.Figure ?? c.High ?? c.Low) > 0).ToList();
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

        var values = plotted.Select(c => (double)(c.Figure ?? c.High ?? c.Low)!.Value).ToList();
        var minExp = Math.Floor(Math.Log10(values.Min()));
        var maxExp = Math.Ceiling(Math.Log10(values.Max()));
        if (maxExp <= minExp)
        {
            maxExp = minExp + 1;
        }

        double X(int day) => Left + (day - minDay) * (Width - Left - Right) / (double)(maxDay - minDay);
        double Y(double v) => Top + (maxExp - Math.Log10(v)) * (Height - Top - Bottom) / (maxExp - minExp);

        var points = plotted.Select(c => new Point(
            Math.Round(X(c.ClaimDate.DayNumber), 1),
            Math.Round(Y((c.Figure ?? c.High ?? c.Low)!.Value), 1),
            c.Kind.ToToken(),
            c.Denied,
            $"{ClaimFormat.Date(c.ClaimDate, c.ClaimDatePrecision)}: {ClaimFormat.Figure(c.Figure, c.Low, c.High, c.Qualifier)} ({ClaimFormat.Kind(c.Kind).ToLowerInvariant()}), {c.Source}"
                + (c.Denied ? $"; denied{(c.DeniedBy is null ? "" : " by " + c.DeniedBy)}" : ""))).ToList();

        var yTicks = new List<Tick>();
        for (var e = minExp; e <= maxExp; e++)
        {
            var v = Math.Pow(10, e);
            yTicks.Add(new Tick(Math.Round(Y(v), 1), ShortNumber(v)));
        }

        return new TimelineChart(points, BuildXTicks(minDay, maxDay, X), yTicks, points.Count, capped);
    }

    private static List<Tick> BuildXTicks(int minDay, int maxDay, Func<int, double> x)
    {
        var first = DateOnly.FromDayNumber(minDay);
        var last = DateOnly.FromDayNumber(maxDay);
        var months = (last.Year - first.Year) * 12 + last.Month - first.Month;
        var step = months switch { <= 8 => 1, <= 24 => 3, <= 48 => 6, <= 120 => 12, _ => 24 };
        var ticks = new List<Tick>();
        var d = new DateOnly(first.Year, 1, 1);
        while (d <= last)
        {
            if (d >= first)
            {
                var label = step >= 12 ? d.ToString("yyyy", CultureInfo.InvariantCulture) : d.ToString("MMM yyyy", CultureInfo.GetCultureInfo("en-US"));
                ticks.Add(new Tick(Math.Round(x(d.DayNumber), 1), label));
            }

            d = d.AddMonths(step);
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
