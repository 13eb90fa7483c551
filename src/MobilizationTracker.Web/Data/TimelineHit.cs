using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MobilizationTracker.Web.Data;

/// <summary>
/// A row of the date-ordered search index TimelineSearch, the contentless FTS5 table of the
/// TimelineSearch migration (SQLite only): its rowid <see cref="Key"/>, the timeline's sort key
/// (<see cref="Claims.TimelineQuery.SortKey"/>), whose low 32 bits are the claim's id. Mapped so
/// that a compiled query can read it (raw SQL cannot be compiled): <c>h.Match == query</c> is
/// FTS5's <c>TimelineSearch = 'query'</c>, the same as <c>TimelineSearch MATCH 'query'</c>. The
/// migration made the table; migrations leave it alone.
/// </summary>
public sealed class TimelineHit
{
    public long Key { get; init; }

    /// <summary>The FTS5 table's hidden column of its own name: compared with a query, it matches.</summary>
    public string Match { get; init; } = "";
}

internal sealed class TimelineHitConfiguration : IEntityTypeConfiguration<TimelineHit>
{
    public void Configure(EntityTypeBuilder<TimelineHit> b)
    {
        b.HasNoKey().ToTable("TimelineSearch", t => t.ExcludeFromMigrations());
        b.Property(h => h.Key).HasColumnName("rowid");
        b.Property(h => h.Match).HasColumnName("TimelineSearch").IsRequired();
    }
}
