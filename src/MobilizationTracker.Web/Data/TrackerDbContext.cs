using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using MobilizationTracker.Web.History;

namespace MobilizationTracker.Web.Data;

/// <summary>
/// The tracker's rows plus the editor accounts (ASP.NET Core Identity tables) and the history of edits, in one database.
/// This is the SQLite context (its migrations are in Data/Migrations); PostgreSQL uses the derived
/// <see cref="PostgreSql.PostgreSqlTrackerDbContext"/>, with the same model and migrations of its own.
/// </summary>
public class TrackerDbContext : IdentityDbContext<IdentityUser>
{
    public TrackerDbContext(DbContextOptions<TrackerDbContext> options)
        : base(options)
    {
        DatabaseKey = KeyOf(options);
    }

    /// <summary>For a provider's derived context, whose options are typed to it.</summary>
    protected TrackerDbContext(DbContextOptions options)
        : base(options)
    {
        DatabaseKey = KeyOf(options);
    }

    /// <summary>
    /// Which database this context reads, for caches kept per database (<c>ReadModelCache</c>): the
    /// options' connection string, read once. <c>Database.GetConnectionString()</c> resolves EF Core's
    /// services on every call, which the timeline paid three times a request.
    /// </summary>
    public string DatabaseKey { get; }

    private static string KeyOf(DbContextOptions options) =>
        options.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault() is { } relational
            ? relational.ConnectionString ?? relational.Connection?.ConnectionString ?? ""
            : "";

    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<SourceAlias> SourceAliases => Set<SourceAlias>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<ArticleDenial> ArticleDenials => Set<ArticleDenial>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
    }
}
