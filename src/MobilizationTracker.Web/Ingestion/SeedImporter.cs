using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// Seeds an empty database from <c>Tracker:SeedsPath</c> (default <c>seeds</c> under the content
/// root, else next to the app) through its manifest.json, when <c>Tracker:SeedOnStartup</c> is on
/// (the default). A database holding any article is left alone, so a restart imports nothing twice.
/// </summary>
public static class SeedImporter
{
    public static async Task SeedIfEmptyAsync(IServiceProvider services, IConfiguration configuration, string contentRoot, CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedImporter));
        if (!configuration.GetValue("Tracker:SeedOnStartup", defaultValue: true))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        if (await db.Articles.AnyAsync(ct))
        {
            return;
        }

        var manifestPath = FindManifest(configuration["Tracker:SeedsPath"], contentRoot);
        if (manifestPath is null)
        {
            logger.LogWarning("The database is empty but no seeds/manifest.json was found; nothing seeded");
            return;
        }

        var manifest = await ImportManifest.LoadAsync(manifestPath, ct);
        scope.ServiceProvider.GetRequiredService<HistoryActor>().Name = HistoryActor.Seed;
        var importer = scope.ServiceProvider.GetRequiredService<FileImporter>();
        var summary = await importer.ImportAsync([], manifest, TextWriter.Null, ct);
        logger.LogInformation("Seeded the empty database from {Manifest}: {Summary}", manifestPath, summary.ToString());
    }

    private static string? FindManifest(string? seedsPath, string contentRoot)
    {
        var configured = string.IsNullOrWhiteSpace(seedsPath) ? "seeds" : seedsPath;
        string[] candidates = Path.IsPathRooted(configured)
            ? [configured]
            : [Path.Combine(contentRoot, configured), Path.Combine(AppContext.BaseDirectory, configured)];
        return candidates.Select(c => Path.Combine(c, "manifest.json")).FirstOrDefault(File.Exists);
    }
}
