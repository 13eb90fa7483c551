using Microsoft.AspNetCore.Hosting;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>The test host with an environment of its own, extra settings, and optionally the database and data folder of another host.</summary>
public class ConfiguredAppFactory(string environment, IReadOnlyDictionary<string, string>? settings = null, string? dataFolder = null) : TrackerAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (dataFolder is not null)
        {
            builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(dataFolder, "tracker.db")}");
            builder.UseSetting("Tracker:DataPath", dataFolder);
        }
    }
}

/// <summary>Tracker:RequireSignIn=true: the whole site needs an account.</summary>
public sealed class SignInRequiredAppFactory() : ConfiguredAppFactory("Testing", new Dictionary<string, string> { ["Tracker:RequireSignIn"] = "true" });

/// <summary>The Production environment (cookies always Secure, HSTS).</summary>
public sealed class ProductionAppFactory() : ConfiguredAppFactory("Production");
