using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MobilizationTracker.Web.Data.Configurations;

internal sealed class ArticleDenialConfiguration : IEntityTypeConfiguration<ArticleDenial>
{
    public void Configure(EntityTypeBuilder<ArticleDenial> b)
    {
        b.Property(d => d.By).HasMaxLength(200).IsRequired();
        b.Property(d => d.Evidence).IsRequired();
    }
}
