using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

#nullable disable

namespace MobilizationTracker.Web.Data.Migrations;

/// <summary>The model as of the latest migration; EF Core diffs the live model against it.</summary>
[DbContext(typeof(TrackerDbContext))]
internal partial class TrackerDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityRole", b =>
        {
            b.Property<string>("Id").HasColumnType("TEXT");
            b.Property<string>("ConcurrencyStamp").IsConcurrencyToken().HasColumnType("TEXT");
            b.Property<string>("Name").HasMaxLength(256).HasColumnType("TEXT");
            b.Property<string>("NormalizedName").HasMaxLength(256).HasColumnType("TEXT");
            b.HasKey("Id");
            b.HasIndex("NormalizedName").IsUnique().HasDatabaseName("RoleNameIndex");
            b.ToTable("AspNetRoles");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
            b.Property<string>("ClaimType").HasColumnType("TEXT");
            b.Property<string>("ClaimValue").HasColumnType("TEXT");
            b.Property<string>("RoleId").IsRequired().HasColumnType("TEXT");
            b.HasKey("Id");
            b.HasIndex("RoleId");
            b.ToTable("AspNetRoleClaims");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUser", b =>
        {
            b.Property<string>("Id").HasColumnType("TEXT");
            b.Property<int>("AccessFailedCount").HasColumnType("INTEGER");
            b.Property<string>("ConcurrencyStamp").IsConcurrencyToken().HasColumnType("TEXT");
            b.Property<string>("Email").HasMaxLength(256).HasColumnType("TEXT");
            b.Property<bool>("EmailConfirmed").HasColumnType("INTEGER");
            b.Property<bool>("LockoutEnabled").HasColumnType("INTEGER");
            b.Property<DateTimeOffset?>("LockoutEnd").HasColumnType("TEXT");
            b.Property<string>("NormalizedEmail").HasMaxLength(256).HasColumnType("TEXT");
            b.Property<string>("NormalizedUserName").HasMaxLength(256).HasColumnType("TEXT");
            b.Property<string>("PasswordHash").HasColumnType("TEXT");
            b.Property<string>("PhoneNumber").HasColumnType("TEXT");
            b.Property<bool>("PhoneNumberConfirmed").HasColumnType("INTEGER");
            b.Property<string>("SecurityStamp").HasColumnType("TEXT");
            b.Property<bool>("TwoFactorEnabled").HasColumnType("INTEGER");
            b.Property<string>("UserName").HasMaxLength(256).HasColumnType("TEXT");
            b.HasKey("Id");
            b.HasIndex("NormalizedEmail").HasDatabaseName("EmailIndex");
            b.HasIndex("NormalizedUserName").IsUnique().HasDatabaseName("UserNameIndex");
            b.ToTable("AspNetUsers");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserClaim<string>", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
            b.Property<string>("ClaimType").HasColumnType("TEXT");
            b.Property<string>("ClaimValue").HasColumnType("TEXT");
            b.Property<string>("UserId").IsRequired().HasColumnType("TEXT");
            b.HasKey("Id");
            b.HasIndex("UserId");
            b.ToTable("AspNetUserClaims");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserLogin<string>", b =>
        {
            b.Property<string>("LoginProvider").HasColumnType("TEXT");
            b.Property<string>("ProviderKey").HasColumnType("TEXT");
            b.Property<string>("ProviderDisplayName").HasColumnType("TEXT");
            b.Property<string>("UserId").IsRequired().HasColumnType("TEXT");
            b.HasKey("LoginProvider", "ProviderKey");
            b.HasIndex("UserId");
            b.ToTable("AspNetUserLogins");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserRole<string>", b =>
        {
            b.Property<string>("UserId").HasColumnType("TEXT");
            b.Property<string>("RoleId").HasColumnType("TEXT");
            b.HasKey("UserId", "RoleId");
            b.HasIndex("RoleId");
            b.ToTable("AspNetUserRoles");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserToken<string>", b =>
        {
            b.Property<string>("UserId").HasColumnType("TEXT");
            b.Property<string>("LoginProvider").HasColumnType("TEXT");
            b.Property<string>("Name").HasColumnType("TEXT");
            b.Property<string>("Value").HasColumnType("TEXT");
            b.HasKey("UserId", "LoginProvider", "Name");
            b.ToTable("AspNetUserTokens");
        });

        modelBuilder.Entity("MobilizationTracker.Web.History.HistoryEntry", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
            b.Property<string>("Action").IsRequired().HasMaxLength(10).HasColumnType("TEXT");
            b.Property<string>("Actor").IsRequired().HasMaxLength(256).HasColumnType("TEXT");
            b.Property<string>("After").HasColumnType("TEXT");
            b.Property<int>("ArticleId").HasColumnType("INTEGER");
            b.Property<DateTime>("At").HasColumnType("TEXT");
            b.Property<string>("Before").HasColumnType("TEXT");
            b.Property<string>("Entity").IsRequired().HasMaxLength(20).HasColumnType("TEXT");
            b.Property<int>("EntityId").HasColumnType("INTEGER");
            b.HasKey("Id");
            b.HasIndex("ArticleId", "Id");
            b.HasIndex("Entity", "EntityId");
            b.ToTable("History");
        });

        modelBuilder.Entity("ArticleRegions", b =>
        {
            b.Property<int>("ArticleId").HasColumnType("INTEGER");
            b.Property<string>("RegionCode").HasColumnType("TEXT");
            b.HasKey("ArticleId", "RegionCode");
            b.HasIndex("RegionCode", "ArticleId");
            b.ToTable("ArticleRegions");
        });

        modelBuilder.Entity("ClaimRegions", b =>
        {
            b.Property<int>("ClaimId").HasColumnType("INTEGER");
            b.Property<string>("RegionCode").HasColumnType("TEXT");
            b.HasKey("ClaimId", "RegionCode");
            b.HasIndex("RegionCode", "ClaimId");
            b.ToTable("ClaimRegions");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.Article", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
            b.Property<string>("CleanedText").IsRequired().HasColumnType("TEXT");
            b.Property<string>("ContentFormat").IsRequired().HasMaxLength(10).HasColumnType("TEXT");
            b.Property<string>("ContentHash").IsRequired().HasMaxLength(64).HasColumnType("TEXT");
            b.Property<DateTime>("IngestedAt").HasColumnType("TEXT");
            b.Property<string>("Language").IsRequired().HasMaxLength(10).HasColumnType("TEXT");
            b.Property<string>("Outlet").IsRequired().HasMaxLength(200).HasColumnType("TEXT");
            b.Property<DateOnly>("Published").HasColumnType("TEXT");
            b.Property<string>("RawContent").IsRequired().HasColumnType("TEXT");
            b.Property<string>("Title").IsRequired().HasMaxLength(500).HasColumnType("TEXT");
            b.Property<string>("Url").HasMaxLength(2000).HasColumnType("TEXT");
            b.Property<int>("Version").IsConcurrencyToken().HasColumnType("INTEGER");
            b.HasKey("Id");
            b.HasIndex("ContentHash").IsUnique();
            b.HasIndex("Outlet");
            b.HasIndex("Published");
            b.HasIndex("Url").IsUnique();
            b.ToTable("Articles");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.ArticleDenial", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
            b.Property<int>("ArticleId").HasColumnType("INTEGER");
            b.Property<string>("By").IsRequired().HasMaxLength(200).HasColumnType("TEXT");
            b.Property<string>("Evidence").IsRequired().HasColumnType("TEXT");
            b.HasKey("Id");
            b.HasIndex("ArticleId");
            b.ToTable("ArticleDenials");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.Claim", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
            b.Property<int>("ArticleId").HasColumnType("INTEGER");
            b.Property<DateOnly>("ClaimDate").HasColumnType("TEXT");
            b.Property<string>("ClaimDatePrecision").IsRequired().HasMaxLength(10).HasColumnType("TEXT");
            b.Property<bool>("Denied").HasColumnType("INTEGER");
            b.Property<string>("DeniedBy").HasMaxLength(200).HasColumnType("TEXT");
            b.Property<string>("Evidence").IsRequired().HasColumnType("TEXT");
            b.Property<int>("EvidenceLength").HasColumnType("INTEGER");
            b.Property<int>("EvidenceStart").HasColumnType("INTEGER");
            b.Property<int?>("Figure").HasColumnType("INTEGER");
            b.Property<int?>("High").HasColumnType("INTEGER");
            b.Property<string>("Kind").IsRequired().HasMaxLength(20).HasColumnType("TEXT");
            b.Property<int?>("Low").HasColumnType("INTEGER");
            b.Property<string>("Qualifier").IsRequired().HasMaxLength(20).HasColumnType("TEXT");
            b.Property<int>("SourceId").HasColumnType("INTEGER");
            b.Property<int>("Version").IsConcurrencyToken().HasColumnType("INTEGER");
            b.HasKey("Id");
            b.HasIndex("Figure");
            b.HasIndex("ArticleId", "ClaimDate", "Id");
            b.HasIndex("ClaimDate", "Id");
            b.HasIndex("Denied", "ClaimDate", "Id");
            b.HasIndex("Kind", "ClaimDate", "Id");
            b.HasIndex("SourceId", "ClaimDate", "Id");
            b.ToTable("Claims");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.Region", b =>
        {
            b.Property<string>("Code").HasMaxLength(10).HasColumnType("TEXT");
            b.Property<string>("Name").IsRequired().HasMaxLength(200).HasColumnType("TEXT");
            b.Property<string>("NameRu").HasMaxLength(200).HasColumnType("TEXT");
            b.HasKey("Code");
            b.ToTable("Regions");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.Source", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
            b.Property<string>("Name").IsRequired().HasMaxLength(200).HasColumnType("TEXT").UseCollation("NOCASE");
            b.HasKey("Id");
            b.HasIndex("Name").IsUnique();
            b.ToTable("Sources");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.SourceAlias", b =>
        {
            b.Property<int>("Id").ValueGeneratedOnAdd().HasColumnType("INTEGER");
            b.Property<string>("Alias").IsRequired().HasMaxLength(200).HasColumnType("TEXT").UseCollation("NOCASE");
            b.Property<int>("SourceId").HasColumnType("INTEGER");
            b.HasKey("Id");
            b.HasIndex("Alias").IsUnique();
            b.HasIndex("SourceId");
            b.ToTable("SourceAliases");
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityRoleClaim<string>", b =>
        {
            b.HasOne("Microsoft.AspNetCore.Identity.IdentityRole", null).WithMany().HasForeignKey("RoleId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserClaim<string>", b =>
        {
            b.HasOne("Microsoft.AspNetCore.Identity.IdentityUser", null).WithMany().HasForeignKey("UserId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserLogin<string>", b =>
        {
            b.HasOne("Microsoft.AspNetCore.Identity.IdentityUser", null).WithMany().HasForeignKey("UserId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserRole<string>", b =>
        {
            b.HasOne("Microsoft.AspNetCore.Identity.IdentityRole", null).WithMany().HasForeignKey("RoleId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("Microsoft.AspNetCore.Identity.IdentityUser", null).WithMany().HasForeignKey("UserId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("Microsoft.AspNetCore.Identity.IdentityUserToken<string>", b =>
        {
            b.HasOne("Microsoft.AspNetCore.Identity.IdentityUser", null).WithMany().HasForeignKey("UserId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("ArticleRegions", b =>
        {
            b.HasOne("MobilizationTracker.Web.Data.Article", null).WithMany().HasForeignKey("ArticleId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("MobilizationTracker.Web.Data.Region", null).WithMany().HasForeignKey("RegionCode")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("ClaimRegions", b =>
        {
            b.HasOne("MobilizationTracker.Web.Data.Claim", null).WithMany().HasForeignKey("ClaimId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("MobilizationTracker.Web.Data.Region", null).WithMany().HasForeignKey("RegionCode")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.ArticleDenial", b =>
        {
            b.HasOne("MobilizationTracker.Web.Data.Article", null).WithMany("Denials").HasForeignKey("ArticleId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.Claim", b =>
        {
            b.HasOne("MobilizationTracker.Web.Data.Article", "Article").WithMany("Claims").HasForeignKey("ArticleId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("MobilizationTracker.Web.Data.Source", "Source").WithMany().HasForeignKey("SourceId")
                .OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.Navigation("Article");
            b.Navigation("Source");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.SourceAlias", b =>
        {
            b.HasOne("MobilizationTracker.Web.Data.Source", "Source").WithMany("Aliases").HasForeignKey("SourceId")
                .OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.Navigation("Source");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.Article", b =>
        {
            b.Navigation("Claims");
            b.Navigation("Denials");
        });

        modelBuilder.Entity("MobilizationTracker.Web.Data.Source", b =>
        {
            b.Navigation("Aliases");
        });
    }
}
