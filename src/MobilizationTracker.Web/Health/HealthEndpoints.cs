namespace MobilizationTracker.Web.Health;

public static class HealthEndpoints
{
    public const string Path = "/healthz";

    public static IServiceCollection AddTrackerHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary><c>/healthz</c>: 200 "Healthy" when the database is reachable, 503 "Unhealthy" when not.</summary>
    public static IEndpointRouteBuilder MapTrackerHealthChecks(this IEndpointRouteBuilder app)
    {
        // The container probes every 30 s: its requests are logged at Debug (TrackerLogging.Level).
        // Anonymous even when Tracker:RequireSignIn is on: probes have no account.
        app.MapHealthChecks(Path).AllowAnonymous();
        return app;
    }
}
