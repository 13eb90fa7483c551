using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>A number accepted as a figure of people, with its kind and qualifier.</summary>
public sealed record Figure(NumberMention Mention, ClaimKind Kind, Qualifier Qualifier);
