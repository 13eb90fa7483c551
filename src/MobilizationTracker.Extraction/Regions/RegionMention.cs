namespace MobilizationTracker.Extraction.Regions;

/// <summary>A region named in a sentence (offsets within the sentence).</summary>
public sealed record RegionMention(string Code, int Start, int Length);
