using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MobilizationTracker.Web.History;

/// <summary>No foreign keys on purpose: the history of a deleted article or claim outlives it.</summary>
internal sealed class HistoryEntryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> b)
    {
        b.ToTable("History");
        b.Property(h => h.Actor).HasMaxLength(256).IsRequired();
        b.Property(h => h.Entity).HasMaxLength(20).IsRequired();
        b.Property(h => h.Action).HasMaxLength(10).IsRequired();
        b.HasIndex(h => new { h.ArticleId, h.Id });
        b.HasIndex(h => new { h.Entity, h.EntityId });
    }
}
