using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MobilizationTracker.Web.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.Property(a => a.Outlet).HasMaxLength(200).IsRequired();
        b.Property(a => a.Title).HasMaxLength(500).IsRequired();
        b.Property(a => a.Url).HasMaxLength(2000);
        b.Property(a => a.ContentFormat).HasMaxLength(10).IsRequired();
        b.Property(a => a.ContentHash).HasMaxLength(64).IsRequired();
        b.Property(a => a.Language).HasMaxLength(10).IsRequired();
        b.Property(a => a.Version).IsConcurrencyToken();

        // Duplicates: the same URL or the same normalised text is one article.
        b.HasIndex(a => a.Url).IsUnique();
        b.HasIndex(a => a.ContentHash).IsUnique();
        b.HasIndex(a => a.Outlet);
        b.HasIndex(a => a.Published);

        b.HasMany(a => a.Claims).WithOne(c => c.Article).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Denials).WithOne().HasForeignKey(d => d.ArticleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(a => a.Regions).WithMany().UsingEntity(
            "ArticleRegions",
            r => r.HasOne(typeof(Region)).WithMany().HasForeignKey("RegionCode").OnDelete(DeleteBehavior.Restrict),
            l => l.HasOne(typeof(Article)).WithMany().HasForeignKey("ArticleId").OnDelete(DeleteBehavior.Cascade),
            j =>
            {
                j.HasKey("ArticleId", "RegionCode");
                j.HasIndex("RegionCode", "ArticleId");
            });
    }
}
