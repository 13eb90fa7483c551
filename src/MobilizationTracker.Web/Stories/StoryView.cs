using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Stories;

/// <summary>
/// A story as the compare page shows it: its claims in reporting order, grouped by the source they
/// cite. The first claim of each source is that source's report; the later ones citing the same
/// source relay it. A second source with the same figure is a confirmation, not a relay. From the
/// stored tables <see cref="Claims"/> may be the first reports only: the totals then come from
/// <see cref="Stored"/>.
/// </summary>
public sealed class StoryView(IReadOnlyList<ClaimRow> claims, Story? stored = null)
{
    /// <summary>One source's report of the figure and the claims that relayed it.</summary>
    public sealed record SourceReport(string Source, ClaimRow First, IReadOnlyList<ClaimRow> Relays);

    private StoryFinder.Found? _facts;
    private IReadOnlyList<SourceReport>? _otherSources;

    public static StoryView Of(IEnumerable<ClaimRow> claims, Story? stored = null) =>
        new(claims.OrderBy(c => c.ClaimDate).ThenBy(c => c.Published).ThenBy(c => c.ClaimId).ToList(), stored);

    public static IReadOnlyList<StoryView> Newest(IEnumerable<StoryView> stories) =>
        stories.OrderByDescending(s => s.First.ClaimDate).ThenByDescending(s => s.First.ClaimId).ToList();

    /// <summary>The claims in reporting order.</summary>
    public IReadOnlyList<ClaimRow> Claims { get; } = claims;

    /// <summary>The stored story's totals, when it comes from the stored tables.</summary>
    public Story? Stored { get; } = stored;

    public ClaimKind Kind => First.Kind;

    public ClaimRow First => Claims[0];

    /// <summary>The claims grouped by the source they cite, the first source first; grouped once (the page reads it several times).</summary>
    public IReadOnlyList<SourceReport> Sources { get; } = claims
        .GroupBy(c => c.Source, StringComparer.OrdinalIgnoreCase)
        .Select(g => new SourceReport(g.First().Source, g.First(), g.Skip(1).ToList()))
        .ToList();

    /// <summary>The claims relaying the first report (same source).</summary>
    public IReadOnlyList<ClaimRow> Relays => Sources[0].Relays;

    /// <summary>The same figure from other sources, each with its own relays.</summary>
    public IReadOnlyList<SourceReport> OtherSources => _otherSources ??= Sources.Skip(1).ToList();

    public int Low => Stored?.Low ?? Facts.Low;

    public int High => Stored?.High ?? Facts.High;

    /// <summary>Every report of the story, shown or not.</summary>
    public int ClaimCount => Stored?.ClaimCount ?? Claims.Count;

    /// <summary>Reports of the story beyond the ones in <see cref="Claims"/>.</summary>
    public int NotShown => ClaimCount - Claims.Count;

    public IReadOnlyList<ClaimRow> Denied { get; } = claims.Where(r => r.Denied).ToList();

    public int OutletCount => Stored?.OutletCount ?? Facts.OutletCount;

    public int SourceCount => Stored?.SourceCount ?? Facts.SourceCount;

    /// <summary>The same claims as the finder counts them (only without a stored story), counted once.</summary>
    private StoryFinder.Found Facts => _facts ??= new("", Claims.Select(StoryFinder.Input.Of).ToList());
}
