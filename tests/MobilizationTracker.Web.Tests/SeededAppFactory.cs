namespace MobilizationTracker.Web.Tests;

/// <summary>The host with start-up seeding on, as a fresh clone runs it.</summary>
public class SeededAppFactory : TrackerAppFactory
{
    protected override bool SeedOnStartup => true;
}
