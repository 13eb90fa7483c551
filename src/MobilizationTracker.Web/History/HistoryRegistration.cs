using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.History;

public static class HistoryRegistration
{
    /// <summary>The scoped actor and interceptor, added to every <see cref="TrackerDbContext"/> the container makes.</summary>
    public static IServiceCollection AddTrackerHistory(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<HistoryActor>();
        services.AddScoped<HistoryInterceptor>();
        services.ConfigureDbContext<TrackerDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<HistoryInterceptor>()));
        return services;
    }
}
