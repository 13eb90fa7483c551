using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data.PostgreSql;
using Npgsql;

namespace MobilizationTracker.Web.Tests;

/// <summary>
/// The PostgreSQL server the tests run against: its connection string comes from
/// <see cref="Variable"/> (test.sh starts a throwaway cluster and sets it). Without it every
/// PostgreSQL test fails with that message: they never skip.
/// </summary>
public static class PostgreSqlServer
{
    public const string Variable = "TRACKER_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL tests need a server. Run ./test.sh (it starts one with tools/postgres/test-cluster.sh), "
                + $"or start one yourself and set {Variable} to its connection string (database postgres).");

    /// <summary>Creates an empty database of its own and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = "mt_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database <see cref="CreateDatabase"/> made, whoever is still connected.</summary>
    public static void DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }

    public static PostgreSqlTrackerDbContext CreateContext(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgreSqlTrackerDbContext>().UseNpgsql(connectionString).Options);
}

/// <summary>The real web host on a fresh PostgreSQL database of its own (one per test class), dropped afterwards.</summary>
public class PostgreSqlAppFactory : TrackerAppFactory
{
    private readonly Lazy<string> _connectionString = new(PostgreSqlServer.CreateDatabase);

    public override string ConnectionString => _connectionString.Value;

    protected override string DatabaseProvider => "PostgreSql";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _connectionString.IsValueCreated)
        {
            PostgreSqlServer.DropDatabase(_connectionString.Value);
        }
    }
}
