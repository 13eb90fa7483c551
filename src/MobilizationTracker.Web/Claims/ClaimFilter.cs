using System.Globalization;
using System.Text;
using Microsoft.Extensions.Primitives;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// The one filter the timeline, the compare view, the exports, the API and the export verb share.
/// Query parameters: from, to, region (repeatable ISO code, or a region's name), source, outlet, kind, denied
/// (yes/no), min, max, q. Values that do not parse are ignored and reported in <see cref="Problems"/>.
/// </summary>
public sealed record ClaimFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Regions { get; init; } = [];
    public string? Source { get; init; }
    public string? Outlet { get; init; }
    public ClaimKind? Kind { get; init; }
    public bool? Denied { get; init; }
    public int? Min { get; init; }
    public int? Max { get; init; }
    public string? Q { get; init; }
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The FTS5 query for <see cref="Q"/> with the word forms found in the index (set by <see cref="ClaimSearch.PrepareAsync"/>).</summary>
    public string? SearchMatch { get; init; }

    /// <summary>
    /// The same search as a query of the date-ordered index TimelineSearch (null when a word is several
    /// tokens, such as "400,000": then <see cref="SearchMatch"/> is used). Set by <see cref="ClaimSearch.PrepareAsync"/>.
    /// </summary>
    public string? TimelineMatch { get; init; }

    /// <summary>Whether <see cref="SearchMatch"/> matches many claims (then the page checks claims in its order instead of sorting every match).</summary>
    public bool SearchIsCommon { get; init; }

    public static ClaimFilter Empty { get; } = new();

    public bool IsEmpty => ToQuery().Count == 0;

    public static ClaimFilter FromQuery(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList(), StringComparer.OrdinalIgnoreCase);
        string? One(string key) => values.TryGetValue(key, out var list) && list.Count > 0 ? list[0] : null;

        var problems = new List<string>();
        var regions = new List<string>();
        foreach (var code in values.GetValueOrDefault("region") ?? [])
        {
            foreach (var part in code.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (RegionGazetteer.ByCode.TryGetValue(part, out var info))
                {
                    regions.Add(info.Code);
                }
                else if (RegionGazetteer.CodeByName.TryGetValue(part, out var named))
                {
                    regions.Add(named); // the region picker's typed name, when no script turned it into a code
                }
                else
                {
                    problems.Add($"Unknown region code '{part}' (ignored).");
                }
            }
        }

        return new ClaimFilter
        {
            From = ParseDate(One("from"), "from", problems),
            To = ParseDate(One("to"), "to", problems),
            Regions = regions.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Source = One("source"),
            Outlet = One("outlet"),
            Kind = ParseKind(One("kind"), problems),
            Denied = ParseDenied(One("denied"), problems),
            Min = ParseInt(One("min"), "min", problems),
            Max = ParseInt(One("max"), "max", problems),
            Q = One("q"),
            Problems = problems,
        };
    }

    /// <summary>The filter as query pairs (only the set ones), for links, exports and file names.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToQuery()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                pairs.Add(new(key, value));
            }
        }

        Add("from", From is { } f ? Tokens.FormatDate(f) : null);
        Add("to", To is { } t ? Tokens.FormatDate(t) : null);
        foreach (var region in Regions)
        {
            Add("region", region);
        }

        Add("source", Source);
        Add("outlet", Outlet);
        Add("kind", Kind?.ToToken());
        Add("denied", Denied switch { true => "yes", false => "no", null => null });
        Add("min", Min?.ToString(CultureInfo.InvariantCulture));
        Add("max", Max?.ToString(CultureInfo.InvariantCulture));
        Add("q", Q);
        return pairs;
    }

    /// <summary>"?from=...&amp;region=..." (empty when nothing is set), plus extra pairs.</summary>
    public string ToQueryString(params (string Key, string Value)[] extra)
    {
        var all = ToQuery().Concat(extra.Select(e => new KeyValuePair<string, string>(e.Key, e.Value))).ToList();
        if (all.Count == 0)
        {
            return "";
        }

        return "?" + string.Join("&", all.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }

    /// <summary>A file-name-safe description of the filter: "region-RU-VOR-kind-target".</summary>
    public string ToSlug()
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in ToQuery())
        {
            var safe = new string(value.Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray()).Trim('-');
            if (safe.Length > 40)
            {
                safe = safe[..40];
            }

            sb.Append(sb.Length == 0 ? "" : "-").Append(key).Append('-').Append(safe);
        }

        return sb.ToString();
    }

    private static DateOnly? ParseDate(string? text, string name, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (Tokens.TryParseClaimDate(text, out var date, out var precision))
        {
            // "to=2023-03" means the end of that month.
            return precision == DatePrecision.Month && name == "to" ? date.AddMonths(1).AddDays(-1) : date;
        }

        problems.Add($"'{text}' is not a date for {name} (use yyyy-MM-dd); ignored.");
        return null;
    }

    private static ClaimKind? ParseKind(string? text, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (Tokens.TryParseKind(text, out var kind))
        {
            return kind;
        }

        problems.Add($"'{text}' is not a kind (target, count, force_size, rate); ignored.");
        return null;
    }

    private static bool? ParseDenied(string? text, List<string> problems)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "any" or "":
                return null;
            case "yes" or "true" or "1":
                return true;
            case "no" or "false" or "0":
                return false;
            default:
                problems.Add($"'{text}' is not a denied value (yes, no, any); ignored.");
                return null;
        }
    }

    private static int? ParseInt(string? text, string name, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text.Replace(",", "").Replace("_", ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0)
        {
            return n;
        }

        problems.Add($"'{text}' is not a whole number for {name}; ignored.");
        return null;
    }
}
