namespace MobilizationTracker.Extraction.Tests.Scoring;

/// <summary>A claim in the scorer's terms (gold or extracted): the spec's fields as tokens.</summary>
public sealed record ScoredClaim(long? Figure, long? Low, long? High, string Source, string ClaimDate, string Kind, IReadOnlyList<string> Regions, bool Denied)
{
    public bool SameFigure(ScoredClaim other) => Figure == other.Figure && Low == other.Low && High == other.High;
}
