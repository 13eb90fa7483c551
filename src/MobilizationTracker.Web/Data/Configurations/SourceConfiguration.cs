using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MobilizationTracker.Web.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> b)
    {
        b.Property(s => s.Name).HasMaxLength(200).IsRequired().UseCollation("NOCASE");
        b.HasIndex(s => s.Name).IsUnique();
        b.HasMany(s => s.Aliases).WithOne(a => a.Source).HasForeignKey(a => a.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}
