using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Security;
using MobilizationTracker.Web.Stories;

namespace MobilizationTracker.Web;

/// <summary>What the web host and the command-line verbs share: clock, database, ingestion, history, stories, accounts.</summary>
public static class TrackerServices
{
    public static IServiceCollection AddTrackerCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddTrackerData(configuration, contentRoot);
        services.AddTrackerIngestion();
        services.AddTrackerHistory();
        services.AddTrackerStories();
        services.AddTrackerIdentityStores();
        return services;
    }
}
