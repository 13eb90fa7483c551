using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data.PostgreSql;
using MobilizationTracker.Web.Stories;

namespace MobilizationTracker.Web.Data;

/// <summary>The database engines the tracker runs on (<c>Tracker:Database</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the app: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, shared by any number of app instances.</summary>
    PostgreSql,
}

/// <summary>
/// Where the database lives and how it is opened. <c>Tracker:Database</c> picks the engine
/// (<c>Sqlite</c>, the default, or <c>PostgreSql</c>): this class is the one place that switches on
/// it; PostgreSQL's counterparts of the SQLite-only pieces are in <c>Data/PostgreSql</c>. For SQLite
/// <c>ConnectionStrings:Tracker</c> wins; without it the database is <c>tracker.db</c> in
/// <c>Tracker:DataPath</c> (default <c>data</c>), relative paths resolved against the content root.
/// PostgreSQL needs <c>ConnectionStrings:Tracker</c> (an Npgsql connection string).
/// </summary>
public static class TrackerDatabase
{
    public const string ConnectionStringName = "Tracker";

    /// <summary>The setting that picks the engine.</summary>
    public const string ProviderSetting = "Tracker:Database";

    /// <summary>The configured engine; a value that is neither name stops the start with a message.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var configured = configuration[ProviderSetting];
        if (string.IsNullOrWhiteSpace(configured))
        {
            return DatabaseProvider.Sqlite;
        }

        return Enum.TryParse<DatabaseProvider>(configured.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderSetting} is '{configured}'; it must be Sqlite or PostgreSql.");
    }

    public static IServiceCollection AddTrackerData(
        this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = ResolveConnectionString(configuration, contentRoot);
        services.AddSingleton<ReadModelCache.ChangesInterceptor>();
        if (ProviderOf(configuration) == DatabaseProvider.PostgreSql)
        {
            return PostgreSqlDatabase.AddData(services, connectionString);
        }

        services.AddSingleton<SqlitePragmaInterceptor>();
        services.AddDbContext<TrackerDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetRequiredService<SqlitePragmaInterceptor>(), provider.GetRequiredService<ReadModelCache.ChangesInterceptor>()));
        return services;
    }

    public static string ResolveConnectionString(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (ProviderOf(configuration) == DatabaseProvider.PostgreSql)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException($"{ProviderSetting} is PostgreSql but ConnectionStrings:{ConnectionStringName} is not set.")
                : configured;
        }

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

    /// <summary>How long a start waits for another process's migration before giving up with a message.</summary>
    public static readonly TimeSpan MigrationWait = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Creates the database folder if needed and applies pending migrations (never EnsureCreated).
    /// An up-to-date database is not locked at all, so concurrent verbs and starts do not queue. With
    /// migrations pending, processes take turns on an OS file lock next to the database (released by
    /// the OS when a process dies, even by SIGKILL), waiting at most <see cref="MigrationWait"/>; the
    /// holder clears any row left in EF Core's <c>__EFMigrationsLock</c> table, which can only be a
    /// killed process's, since every migrating process of ours holds the file lock first.
    /// Afterwards stories are brought up to date with claims written outside the app.
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TrackerDatabase));
        if (db is PostgreSqlTrackerDbContext postgres)
        {
            await PostgreSqlDatabase.MigrateAsync(postgres, logger, MigrationWait, ct);
        }
        else
        {
            await MigrateSchemaAsync(db, logger, ct);
        }

        await StoryMaintenance.CatchUpAsync(db, ct);
    }

    private static async Task MigrateSchemaAsync(TrackerDbContext db, ILogger logger, CancellationToken ct)
    {
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (!IsFile(dataSource))
        {
            await db.Database.MigrateAsync(ct);
            return;
        }

        var path = Path.GetFullPath(dataSource);
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        if (File.Exists(path) && !(await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            return;
        }

        await using var fileLock = await MigrationFileLockAsync(path + ".migrating", logger, ct);
        var cleared = await db.Database.ExecuteSqlRawAsync(
            "CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); "
            + "DELETE FROM \"__EFMigrationsLock\";",
            ct);
        if (cleared > 0)
        {
            logger.LogWarning("Cleared a migrations lock left in {Database} by a process that was killed while migrating", path);
        }

        await db.Database.MigrateAsync(ct);
    }

    /// <summary>An exclusive lock on a file (flock on Linux), retried until <see cref="MigrationWait"/> has passed.</summary>
    private static async Task<FileStream> MigrationFileLockAsync(string lockPath, ILogger logger, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (waited.Elapsed < MigrationWait)
            {
                if (!told)
                {
                    logger.LogInformation("Waiting for another process to finish migrating the database ({Lock})", lockPath);
                    told = true;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
            }
            catch (IOException e)
            {
                throw new InvalidOperationException(
                    $"Another process has been migrating the database for {MigrationWait.TotalSeconds:0} s and still holds {lockPath}. "
                    + "Stop the other tracker processes (site, import) and start again.", e);
            }
        }
    }

    /// <summary>
    /// The database refused a write for a constraint (a unique index: another writer stored the same
    /// article first): SQLite's SQLITE_CONSTRAINT, PostgreSQL's class 23.
    /// </summary>
    public static bool IsConstraintViolation(DbUpdateException e) =>
        e.InnerException is SqliteException { SqliteErrorCode: 19 } or Npgsql.PostgresException { SqlState: ['2', '3', ..] };

    private static bool IsFile(string dataSource) =>
        !string.IsNullOrEmpty(dataSource)
        && !dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
        && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
