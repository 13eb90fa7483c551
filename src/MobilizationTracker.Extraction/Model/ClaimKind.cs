namespace MobilizationTracker.Extraction.Model;

/// <summary>What a claimed figure counts (spec: kind). Tokens: target, count, force_size, rate.</summary>
public enum ClaimKind
{
    Target,
    Count,
    ForceSize,
    Rate,
}
