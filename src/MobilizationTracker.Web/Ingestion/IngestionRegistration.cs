using MobilizationTracker.Extraction;

namespace MobilizationTracker.Web.Ingestion;

public static class IngestionRegistration
{
    /// <summary>The ingestion service, the claim writer and their row lookups, the file importer (scoped), the write gate and extraction limits (singletons).</summary>
    public static IServiceCollection AddTrackerIngestion(this IServiceCollection services)
    {
        // Tracker:ExtractionBudgetSeconds caps reading and extracting one article (default 10 s).
        services.AddSingleton(sp => ExtractionOptions.Default with
        {
            Budget = TimeSpan.FromSeconds(sp.GetRequiredService<IConfiguration>().GetValue("Tracker:ExtractionBudgetSeconds", ExtractionOptions.Default.Budget.TotalSeconds)),
        });
        services.AddSingleton<IngestionWriteGate>();
        services.AddScoped<ClaimRows>();
        services.AddScoped<ClaimWriter>();
        services.AddScoped<SourceDirectory>();
        services.AddScoped<IngestionService>();
        services.AddScoped<FileImporter>();
        return services;
    }
}
