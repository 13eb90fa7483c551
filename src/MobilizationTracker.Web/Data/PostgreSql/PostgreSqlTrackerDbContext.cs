using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MobilizationTracker.Web.Data.PostgreSql;

/// <summary>
/// The tracker's model on PostgreSQL: the same entities and configurations as <see cref="TrackerDbContext"/>
/// (everything above the data layer asks for a <see cref="TrackerDbContext"/> and gets this one), its
/// own migrations (Data/PostgreSql/Migrations), and the data-protection keys, which on PostgreSQL
/// live in the database so that every app instance signs and reads the same cookies and form tokens.
/// The search vectors and triggers are raw SQL in the migrations (<see cref="PostgreSqlSchema"/>),
/// outside the EF model.
/// </summary>
public sealed class PostgreSqlTrackerDbContext(DbContextOptions<PostgreSqlTrackerDbContext> options)
    : TrackerDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Source names and aliases compare without case (UseCollation("NOCASE"), SQLite's built-in
        // collation): on PostgreSQL a nondeterministic ICU collation of the same name does it.
        modelBuilder.HasCollation("NOCASE", locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        base.OnModelCreating(modelBuilder);

        // SQLite's FTS5 search index; PostgreSQL searches its own stored vectors (PostgreSqlSearch).
        modelBuilder.Ignore<TimelineHit>();
    }
}

/// <summary>For <c>dotnet ef migrations add NAME --context PostgreSqlTrackerDbContext -o Data/PostgreSql/Migrations</c>: no server is needed to generate a migration.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlTrackerDbContext>
{
    public PostgreSqlTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlTrackerDbContext>().UseNpgsql("Host=localhost;Database=tracker").Options);
}
