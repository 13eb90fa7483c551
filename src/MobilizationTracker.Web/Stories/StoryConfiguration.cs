using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using MobilizationTracker.Web.Data.Configurations;

namespace MobilizationTracker.Web.Stories;

internal sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> b)
    {
        b.ToTable("Stories");
        b.Property(s => s.Key).HasMaxLength(StoryFinder.MaxKeyLength).IsRequired();
        b.Property(s => s.Kind).HasConversion(TokenConverters.Kind).HasMaxLength(20);
        b.HasIndex(s => s.Key);
        b.HasIndex(s => new { s.FirstDate, s.Id });
    }
}

internal sealed class StoryMemberConfiguration : IEntityTypeConfiguration<StoryMember>
{
    public void Configure(EntityTypeBuilder<StoryMember> b)
    {
        b.ToTable("StoryMembers");
        b.HasKey(m => m.ClaimId);
        b.Property(m => m.ClaimId).ValueGeneratedNever();
        b.Property(m => m.Key).HasMaxLength(StoryFinder.MaxKeyLength).IsRequired();
        b.HasIndex(m => m.Key);
        b.HasIndex(m => new { m.StoryId, m.Position, m.Denied });
    }
}

internal sealed class StoryDirtyClaimConfiguration : IEntityTypeConfiguration<StoryDirtyClaim>
{
    public void Configure(EntityTypeBuilder<StoryDirtyClaim> b)
    {
        b.ToTable("StoryDirtyClaims");
        b.HasKey(d => d.ClaimId);
        b.Property(d => d.ClaimId).ValueGeneratedNever();
    }
}
