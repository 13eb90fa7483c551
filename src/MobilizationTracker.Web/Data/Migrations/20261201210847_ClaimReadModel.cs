using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MobilizationTracker.Web.Data.Migrations;

/// <summary>
/// The claims read model (docs/performance.md): copies on Claims (the article's Outlet; MaxValue
/// and MinValue, the figure or its bounds) and on ClaimRegions (the claim's ClaimDate), each led
/// by an index in timeline order, kept by triggers so every write path (EF, raw SQL, the perf
/// filler) keeps them right; fts5vocab tables over the two search indexes, for word forms.
/// Existing rows are backfilled before the indexes are built.
/// </summary>
public partial class ClaimReadModel : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Claims_ClaimDate_Id",
            table: "Claims");

        migrationBuilder.DropIndex(
            name: "IX_ClaimRegions_RegionCode_ClaimId",
            table: "ClaimRegions");

        migrationBuilder.AddColumn<string>(
            name: "Outlet",
            table: "Claims",
            type: "TEXT",
            maxLength: 200,
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "MaxValue",
            table: "Claims",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "MinValue",
            table: "Claims",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.AddColumn<DateOnly>(
            name: "ClaimDate",
            table: "ClaimRegions",
            type: "TEXT",
            nullable: true);

        migrationBuilder.Sql("""
            UPDATE Claims SET Outlet = (SELECT a.Outlet FROM Articles a WHERE a.Id = Claims.ArticleId),
                MaxValue = coalesce(Figure, High, Low), MinValue = coalesce(Figure, Low, High);
            """);
        migrationBuilder.Sql("UPDATE ClaimRegions SET ClaimDate = (SELECT c.ClaimDate FROM Claims c WHERE c.Id = ClaimRegions.ClaimId);");

        migrationBuilder.CreateIndex(
            name: "IX_Claims_ClaimDate_Id_MaxValue_MinValue",
            table: "Claims",
            columns: new[] { "ClaimDate", "Id", "MaxValue", "MinValue" });

        migrationBuilder.CreateIndex(
            name: "IX_Claims_Outlet_ClaimDate_Id",
            table: "Claims",
            columns: new[] { "Outlet", "ClaimDate", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_ClaimRegions_RegionCode_ClaimDate_ClaimId",
            table: "ClaimRegions",
            columns: new[] { "RegionCode", "ClaimDate", "ClaimId" });
        foreach (var trigger in Triggers)
        {
            migrationBuilder.Sql(trigger);
        }

        migrationBuilder.Sql("CREATE VIRTUAL TABLE ArticleSearchVocab USING fts5vocab(ArticleSearch, 'row');");
        migrationBuilder.Sql("CREATE VIRTUAL TABLE ClaimSearchVocab USING fts5vocab(ClaimSearch, 'row');");
    }

    /// <summary>The triggers that keep the copies; a later migration that rebuilds Claims, Articles or ClaimRegions must run them again.</summary>
    internal static readonly string[] Triggers =
    [
        """
        CREATE TRIGGER Claims_readmodel_insert AFTER INSERT ON Claims BEGIN
            UPDATE Claims SET Outlet = (SELECT Outlet FROM Articles WHERE Id = new.ArticleId),
                MaxValue = coalesce(new.Figure, new.High, new.Low), MinValue = coalesce(new.Figure, new.Low, new.High)
            WHERE Id = new.Id;
        END;
        """,
        """
        CREATE TRIGGER Claims_readmodel_update AFTER UPDATE OF ArticleId, Figure, Low, High ON Claims BEGIN
            UPDATE Claims SET Outlet = (SELECT Outlet FROM Articles WHERE Id = new.ArticleId),
                MaxValue = coalesce(new.Figure, new.High, new.Low), MinValue = coalesce(new.Figure, new.Low, new.High)
            WHERE Id = new.Id;
        END;
        """,
        """
        CREATE TRIGGER Claims_readmodel_date AFTER UPDATE OF ClaimDate ON Claims BEGIN
            UPDATE ClaimRegions SET ClaimDate = new.ClaimDate WHERE ClaimId = new.Id;
        END;
        """,
        """
        CREATE TRIGGER Articles_readmodel_outlet AFTER UPDATE OF Outlet ON Articles BEGIN
            UPDATE Claims SET Outlet = new.Outlet WHERE ArticleId = new.Id;
        END;
        """,
        """
        CREATE TRIGGER ClaimRegions_readmodel_insert AFTER INSERT ON ClaimRegions BEGIN
            UPDATE ClaimRegions SET ClaimDate = (SELECT ClaimDate FROM Claims WHERE Id = new.ClaimId)
            WHERE ClaimId = new.ClaimId AND RegionCode = new.RegionCode;
        END;
        """,
    ];

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var name in new[] { "Claims_readmodel_insert", "Claims_readmodel_update", "Claims_readmodel_date", "Articles_readmodel_outlet", "ClaimRegions_readmodel_insert" })
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {name};");
        }

        migrationBuilder.Sql("DROP TABLE IF EXISTS ArticleSearchVocab;");
        migrationBuilder.Sql("DROP TABLE IF EXISTS ClaimSearchVocab;");

        migrationBuilder.DropIndex(
            name: "IX_Claims_ClaimDate_Id_MaxValue_MinValue",
            table: "Claims");

        migrationBuilder.DropIndex(
            name: "IX_Claims_Outlet_ClaimDate_Id",
            table: "Claims");

        migrationBuilder.DropIndex(
            name: "IX_ClaimRegions_RegionCode_ClaimDate_ClaimId",
            table: "ClaimRegions");

        migrationBuilder.DropColumn(
            name: "MaxValue",
            table: "Claims");

        migrationBuilder.DropColumn(
            name: "MinValue",
            table: "Claims");

        migrationBuilder.DropColumn(
            name: "Outlet",
            table: "Claims");

        migrationBuilder.DropColumn(
            name: "ClaimDate",
            table: "ClaimRegions");

        migrationBuilder.CreateIndex(
            name: "IX_Claims_ClaimDate_Id",
            table: "Claims",
            columns: new[] { "ClaimDate", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_ClaimRegions_RegionCode_ClaimId",
            table: "ClaimRegions",
            columns: new[] { "RegionCode", "ClaimId" });
    }
}
