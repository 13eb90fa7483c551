using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Tests.PostgreSql;

/// <summary>The PostgreSQL migrations: generated, complete, and safe when several instances start at once.</summary>
public sealed class PostgreSqlMigrationTests : IDisposable
{
    private readonly string _connectionString = PostgreSqlServer.CreateDatabase();

    [Fact]
    public void The_postgresql_snapshot_matches_the_model()
    {
        using var db = PostgreSqlServer.CreateContext(_connectionString);

        db.Database.HasPendingModelChanges().Should().BeFalse(because: "dotnet ef must generate a migration for every model change on PostgreSQL too");
    }

    [Fact]
    public async Task Migrating_an_empty_database_creates_the_schema_search_vectors_and_triggers()
    {
        await using var db = PostgreSqlServer.CreateContext(_connectionString);

        await db.Database.MigrateAsync();

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().Contain(m => m.EndsWith("_InitialPostgreSql", StringComparison.Ordinal));
        var indexes = await db.Database.SqlQueryRaw<string>(
            "SELECT indexname AS \"Value\" FROM pg_indexes WHERE indexdef LIKE '%USING gin%' ORDER BY indexname").ToListAsync();
        indexes.Should().Equal("IX_Articles_SearchVector", "IX_Claims_SearchVector");
        var triggers = await db.Database.SqlQueryRaw<string>(
            "SELECT DISTINCT trigger_name::text AS \"Value\" FROM information_schema.triggers ORDER BY 1").ToListAsync();
        triggers.Should().Contain(["claims_readmodel", "claims_stories", "articles_stories", "sources_stories", "claimregions_readmodel"]);
    }

    [Fact]
    public async Task Four_instances_migrating_at_once_take_turns_and_all_succeed()
    {
        var starts = Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var db = PostgreSqlServer.CreateContext(_connectionString);
            await PostgreSqlDatabase.MigrateAsync(db, NullLogger.Instance, TrackerDatabase.MigrationWait, CancellationToken.None);
        });

        await Task.WhenAll(starts);

        await using var check = PostgreSqlServer.CreateContext(_connectionString);
        (await check.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_database_is_created_by_the_first_start()
    {
        var missing = new Npgsql.NpgsqlConnectionStringBuilder(_connectionString) { Database = "mt_missing_" + Guid.NewGuid().ToString("N") }.ConnectionString;
        try
        {
            await using var db = PostgreSqlServer.CreateContext(missing);
            await PostgreSqlDatabase.MigrateAsync(db, NullLogger.Instance, TrackerDatabase.MigrationWait, CancellationToken.None);

            (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        }
        finally
        {
            PostgreSqlServer.DropDatabase(missing);
        }
    }

    public void Dispose() => PostgreSqlServer.DropDatabase(_connectionString);
}
