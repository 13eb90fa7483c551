using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MobilizationTracker.Web.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> b)
    {
        b.Property(c => c.Kind).HasConversion(TokenConverters.Kind).HasMaxLength(20);
        b.Property(c => c.Qualifier).HasConversion(TokenConverters.Qualifier).HasMaxLength(20);
        b.Property(c => c.ClaimDatePrecision).HasConversion(TokenConverters.Precision).HasMaxLength(10);
        b.Property(c => c.DeniedBy).HasMaxLength(200);
        b.Property(c => c.Evidence).IsRequired();
        b.Property(c => c.Version).IsConcurrencyToken();

        b.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Restrict);

        // The timeline sorts and pages on (ClaimDate, Id); each filter has an index that leads with it.
        b.HasIndex(c => new { c.ClaimDate, c.Id });
        b.HasIndex(c => new { c.SourceId, c.ClaimDate, c.Id });
        b.HasIndex(c => new { c.Kind, c.ClaimDate, c.Id });
        b.HasIndex(c => new { c.Denied, c.ClaimDate, c.Id });
        b.HasIndex(c => new { c.ArticleId, c.ClaimDate, c.Id });
        b.HasIndex(c => c.Figure);

        b.HasMany(c => c.Regions).WithMany().UsingEntity(
            "ClaimRegions",
            r => r.HasOne(typeof(Region)).WithMany().HasForeignKey("RegionCode").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Claim)).WithMany().HasForeignKey("ClaimId").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("ClaimId", "RegionCode");
                j.HasIndex("RegionCode", "ClaimId");
            });
    }
}
