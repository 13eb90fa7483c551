namespace MobilizationTracker.Extraction.Denials;

/// <summary>
/// A denial found in a sentence; Start and Length place the evidence in the cleaned text. Report names the
/// party whose report the denial dismisses ("dismissed Meduza's report"), when it names one.
/// </summary>
public sealed record FoundDenial(string By, string Evidence, DenialKind Kind, int SentenceIndex, int Start, int Length, string? Report = null);
