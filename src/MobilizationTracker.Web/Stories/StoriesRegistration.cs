using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Stories;

public static class StoriesRegistration
{
    /// <summary>Every <see cref="TrackerDbContext"/> the container makes keeps stories up to date when it commits.</summary>
    public static IServiceCollection AddTrackerStories(this IServiceCollection services)
    {
        services.AddSingleton<StoryInterceptor>();
        services.ConfigureDbContext<TrackerDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<StoryInterceptor>()));
        return services;
    }
}
