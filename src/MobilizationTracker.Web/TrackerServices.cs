using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web;

/// <summary>What the web host and the command-line verbs share: clock, database, ingestion.</summary>
public static class TrackerServices
{
    public static IServiceCollection AddTrackerCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddTrackerData(configuration, contentRoot);
        services.AddTrackerIngestion();
        return services;
    }
}
