using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Stories;

/// <summary>
/// A stored story (<see cref="StoryFinder"/> says what one is): kept up to date by
/// <see cref="StoryMaintenance"/> whenever claims change, so the compare page only reads it.
/// </summary>
public sealed class Story
{
    public int Id { get; set; }

    /// <summary>The figure key every claim of the story shares (<see cref="StoryFinder.KeyOf"/>).</summary>
    public required string Key { get; set; }

    public ClaimKind Kind { get; set; }
    public int FirstClaimId { get; set; }

    /// <summary>The claim date of the first report; stories are listed newest first by it.</summary>
    public DateOnly FirstDate { get; set; }
    public DateOnly LastDate { get; set; }
    public int Low { get; set; }
    public int High { get; set; }
    public int ClaimCount { get; set; }
    public int OutletCount { get; set; }
    public int SourceCount { get; set; }
}

/// <summary>
/// One row per claim that has a figure: its figure key and the story it belongs to (null when it
/// belongs to none), with its place in the story's reporting order and its denial, so the compare
/// page reads the reports it shows (<see cref="StoryQuery.IsShown"/>) from the index on
/// (StoryId, Position, Denied) alone. No foreign keys: <see cref="StoryMaintenance"/> removes the
/// row of a deleted claim.
/// </summary>
public sealed class StoryMember
{
    public int ClaimId { get; set; }
    public required string Key { get; set; }
    public int? StoryId { get; set; }

    /// <summary>The claim's <see cref="Data.Claim.Denied"/>, kept by the same maintenance (a denial edit lists the claim as changed); null without a story.</summary>
    public bool? Denied { get; set; }

    /// <summary>0 for the story's first report, then 1, 2, … in reporting order (claim date, publication, id); null without a story.</summary>
    public int? Position { get; set; }
}

/// <summary>
/// Claims changed since stories were last brought up to date. Filled by SQLite triggers on Claims,
/// Articles and Sources (so every writer, EF Core or raw SQL, marks what it changed) and emptied by
/// <see cref="StoryMaintenance"/> inside the same transaction.
/// </summary>
public sealed class StoryDirtyClaim
{
    public int ClaimId { get; set; }
}
