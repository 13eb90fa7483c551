using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction;

/// <summary>A claim read from one mention, before merging restatements (Unit: the rounding the writing implies).</summary>
internal sealed record ClaimCandidate(ExtractedClaim Claim, bool IsHeadline, long Unit);
