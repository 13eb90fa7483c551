using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Data;

/// <summary>
/// Where the database lives and how it is opened. <c>ConnectionStrings:Tracker</c> wins; without
/// it the database is <c>tracker.db</c> in <c>Tracker:DataPath</c> (default <c>data</c>). Relative
/// paths are resolved against the content root.
/// </summary>
public static class TrackerDatabase
{
    public const string ConnectionStringName = "Tracker";

    public static IServiceCollection AddTrackerData(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = ResolveConnectionString(configuration, contentRoot);
        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddSingleton<ReadModelCache.ChangesInterceptor>();
        services.AddDbContext<TrackerDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<ReadModelCache.ChangesInterceptor>()));
        return services;
    }

    public static string ResolveConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            var dataPath = configuration["Tracker:DataPath"];
            var folder = Path.Combine(contentRoot, string.IsNullOrWhiteSpace(dataPath) ? "data" : dataPath);
            configured = $"Data Source={Path.Combine(folder, "tracker.db")}";
        }

        var builder = new SqliteConnectionStringBuilder(configured);
        if (IsFile(builder.DataSource) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }

    /// <summary>Creates the database folder if needed and applies pending migrations (never EnsureCreated).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (IsFile(dataSource))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync(ct);
    }

    private static bool IsFile(string dataSource) =>
        !string.IsNullOrEmpty(dataSource)
        && !dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
        && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
