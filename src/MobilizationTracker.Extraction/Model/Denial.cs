namespace MobilizationTracker.Extraction.Model;

/// <summary>An official denial or explaining-away reported in an article.</summary>
public sealed record Denial(string By, string Evidence);
