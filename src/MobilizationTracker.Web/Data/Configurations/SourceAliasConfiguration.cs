using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MobilizationTracker.Web.Data.Configurations;

internal sealed class SourceAliasConfiguration : IEntityTypeConfiguration<SourceAlias>
{
    public void Configure(EntityTypeBuilder<SourceAlias> b)
    {
        b.Property(a => a.Alias).HasMaxLength(200).IsRequired().UseCollation("NOCASE");
        b.HasIndex(a => a.Alias).IsUnique();
    }
}
