using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;

namespace MobilizationTracker.Web.Data.PostgreSql;

/// <summary>
/// The data-protection key ring in the PostgreSQL database is started by exactly one instance. Two
/// instances starting at once on an empty ring would each create a key of their own and, until their
/// next refresh, refuse each other's cookies and form tokens; so at start-up each instance, one at a
/// time (a transaction-scoped advisory lock), makes sure there is a usable key, creating it when none.
/// </summary>
internal static class SharedKeys
{
    /// <summary>"mt" + "keys".</summary>
    public const long LockKey = 0x6d74_6b65_7973;

    /// <summary>A key needs at least this long before it expires to be used rather than replaced.</summary>
    public static readonly TimeSpan MinimumLife = TimeSpan.FromDays(2);

    /// <summary>How long a new key is the default (the data-protection default).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public static async Task EnsureAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<TrackerDbContext>() is not PostgreSqlTrackerDbContext db)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        var keys = services.GetRequiredService<IKeyManager>();
        var now = DateTimeOffset.UtcNow;
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now + MinimumLife))
        {
            keys.CreateNewKey(now, now + Lifetime);
        }

        await transaction.CommitAsync(ct);
    }
}
