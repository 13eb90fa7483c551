using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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

        // Read-model copies kept by triggers (migrations ClaimReadModel, ClaimRegionCodes): never sent by EF, never read back into entities.
        foreach (var copy in new[] { nameof(Claim.Outlet), nameof(Claim.MaxValue), nameof(Claim.MinValue), nameof(Claim.RegionCodes) })
        {
            TriggerMaintained(b.Property(copy));
        }

        b.Property(c => c.Outlet).HasMaxLength(200);
        b.Property(c => c.RegionCodes).IsRequired().HasDefaultValue("");

        // The timeline sorts and pages on (ClaimDate, Id); each filter has an index that leads with
        // its column and then the order, so a filtered page reads only the rows it shows. Min/max are
        // ranges (no index can serve a range and the date order at once): the order index carries both
        // values, so the page walks it newest first and checks the bounds without reading the rows.
        b.HasIndex(c => new { c.ClaimDate, c.Id, c.MaxValue, c.MinValue });
        b.HasIndex(c => new { c.SourceId, c.ClaimDate, c.Id });
        b.HasIndex(c => new { c.Kind, c.ClaimDate, c.Id });
        b.HasIndex(c => new { c.Denied, c.ClaimDate, c.Id });
        b.HasIndex(c => new { c.ArticleId, c.ClaimDate, c.Id });
        b.HasIndex(c => new { c.Outlet, c.ClaimDate, c.Id });
        b.HasIndex(c => c.Figure);

        b.HasMany(c => c.Regions).WithMany().UsingEntity<ClaimRegion>(
            r => r.HasOne<Region>().WithMany().HasForeignKey(cr => cr.RegionCode).OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne<Claim>().WithMany().HasForeignKey(cr => cr.ClaimId).OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.ToTable("ClaimRegions");
                j.HasKey(cr => new { cr.ClaimId, cr.RegionCode });
                j.HasIndex(cr => new { cr.RegionCode, cr.ClaimDate, cr.ClaimId });
                TriggerMaintained(j.Property(cr => cr.ClaimDate));
            });
    }

    /// <summary>A column the database computes (a trigger): EF leaves it out of every INSERT and UPDATE.</summary>
    internal static void TriggerMaintained(PropertyBuilder property)
    {
        property.ValueGeneratedOnAddOrUpdate();
        property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
