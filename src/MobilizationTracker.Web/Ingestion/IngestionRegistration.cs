using MobilizationTracker.Extraction;

namespace MobilizationTracker.Web.Ingestion;

public static class IngestionRegistration
{
    /// <summary>The ingestion service (scoped), the file importer (scoped), the write gate and extraction limits (singletons).</summary>
    public static IServiceCollection AddTrackerIngestion(this IServiceCollection services)
    {
        services.AddSingleton(ExtractionOptions.Default);
        services.AddSingleton<IngestionWriteGate>();
        services.AddScoped<IngestionService>();
        services.AddScoped<FileImporter>();
        return services;
    }
}
