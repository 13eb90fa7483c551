namespace MobilizationTracker.Web.Tests;

/// <summary>A clock that always says the same time, so stored timestamps can be asserted.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
