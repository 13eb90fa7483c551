using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MobilizationTracker.Web.Claims;
using Npgsql;

namespace MobilizationTracker.Web.Data.PostgreSql;

/// <summary>
/// How the tracker opens and migrates a PostgreSQL database (<c>Tracker:Database=PostgreSql</c>); called
/// only from <see cref="TrackerDatabase"/>, the one place that switches on the engine.
/// </summary>
public static class PostgreSqlDatabase
{
    /// <summary>The key of the session advisory lock every migrating process takes (any constant; "mt" + "migrate").</summary>
    public const long MigrationLockKey = 0x6d74_6d69_6772;

    /// <summary>
    /// <see cref="TrackerDbContext"/> is a <see cref="PostgreSqlTrackerDbContext"/> on Npgsql. The options other
    /// registrations add to <see cref="TrackerDbContext"/> (the history and story interceptors) are applied to
    /// it too, so the rest of the app registers nothing per engine.
    /// </summary>
    internal static IServiceCollection AddData(IServiceCollection services, string connectionString)
    {
        services.AddDbContext<TrackerDbContext, PostgreSqlTrackerDbContext>((provider, options) =>
        {
            options.UseNpgsql(connectionString)
                .AddInterceptors(provider.GetRequiredService<ReadModelCache.ChangesInterceptor>());
            foreach (var configuration in provider.GetServices<IDbContextOptionsConfiguration<TrackerDbContext>>())
            {
                configuration.Configure(provider, options);
            }
        });
        services.TryAddScoped(provider => (PostgreSqlTrackerDbContext)provider.GetRequiredService<TrackerDbContext>());
        return services;
    }

    /// <summary>
    /// Creates the database when it does not exist and applies pending migrations, one process at a
    /// time: each takes a session advisory lock (released by the server when the process dies, even by
    /// SIGKILL), waiting at most <paramref name="wait"/>. An up-to-date database is not locked at all.
    /// </summary>
    internal static async Task MigrateAsync(PostgreSqlTrackerDbContext db, ILogger logger, TimeSpan wait, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct))
        {
            if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any())
            {
                return;
            }
        }
        else
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created it meanwhile.
            }
        }

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await LockAsync(db, logger, wait, ct);
            try
            {
                await db.Database.MigrateAsync(ct);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task LockAsync(PostgreSqlTrackerDbContext db, ILogger logger, TimeSpan wait, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var told = false;
        while (!await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({MigrationLockKey}) AS \"Value\"").SingleAsync(ct))
        {
            if (waited.Elapsed >= wait)
            {
                throw new InvalidOperationException(
                    $"Another process has been migrating the database for {wait.TotalSeconds:0} s and still holds its migration lock. "
                    + "Stop the other tracker processes (site, import) and start again.");
            }

            if (!told)
            {
                logger.LogInformation("Waiting for another process to finish migrating the database");
                told = true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }

    /// <summary>Healthy when the server answers and the schema is migrated.</summary>
    internal static async Task<HealthCheckResult> CheckHealthAsync(TrackerDbContext db, CancellationToken ct)
    {
        try
        {
            return (await db.Database.GetAppliedMigrationsAsync(ct)).Any()
                ? HealthCheckResult.Healthy("The database is reachable.")
                : HealthCheckResult.Unhealthy("The database has no migrations applied.");
        }
        catch (NpgsqlException e)
        {
            return HealthCheckResult.Unhealthy("The database is not reachable.", e);
        }
    }
}
