namespace MobilizationTracker.Extraction.Model;

/// <summary>How the figure is hedged (spec: qualifier). Tokens: exact, approx, upto, atleast.</summary>
public enum Qualifier
{
    Exact,
    Approx,
    UpTo,
    AtLeast,
}
