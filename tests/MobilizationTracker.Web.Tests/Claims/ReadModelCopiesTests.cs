using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Tests.Pages;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Claims;

/// <summary>The read model's copies (outlet, values, a region's claim date, region codes) follow edits made through EF.</summary>
/// <summary>The cases on SQLite; <see cref="ReadModelCopiesPostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class ReadModelCopiesTests(TrackerAppFactory factory) : ReadModelCopiesCases<TrackerAppFactory>(factory);

public sealed class ReadModelCopiesPostgreSqlTests(PostgreSqlAppFactory factory) : ReadModelCopiesCases<PostgreSqlAppFactory>(factory);

public abstract class ReadModelCopiesCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    private Task<List<int>> ApiIdsAsync(string query) => TestRows.ApiIdsAsync(factory.CreateClient(), query);

    [Fact]
    public async Task Editing_a_claim_or_its_article_moves_it_between_filters()
    {
        var outlet = "Copies " + Guid.NewGuid().ToString("N")[..8];
        var renamed = outlet + " renamed";
        var (articleId, ids) = await AddArticleAsync(factory.Services, outlet, new DateOnly(2025, 5, 1), "Text.",
            new ClaimSpec(700, Date: new DateOnly(2025, 4, 20), Regions: ["RU-KGD"]),
            new ClaimSpec(null, Low: 40, High: 60, Date: new DateOnly(2025, 4, 21), Regions: ["RU-KGD"]));

        (await ApiIdsAsync($"outlet={Uri.EscapeDataString(outlet)}&min=50&max=55")).Should().Equal(ids[1]);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var article = await db.Articles.SingleAsync(a => a.Id == articleId);
            article.Outlet = renamed;
            var claim = await db.Claims.SingleAsync(c => c.Id == ids[0]);
            claim.Figure = 52;
            claim.ClaimDate = new DateOnly(2025, 4, 25);
            await db.SaveChangesAsync();
        }

        (await ApiIdsAsync($"outlet={Uri.EscapeDataString(outlet)}")).Should().BeEmpty();
        (await ApiIdsAsync($"outlet={Uri.EscapeDataString(renamed)}&min=50&max=55")).Should().Equal(ids[0], ids[1]);
        (await ApiIdsAsync($"outlet={Uri.EscapeDataString(renamed)}&region=RU-KGD&after=2025-04-22_0")).Should().Equal(ids[1]);
    }

    [Fact]
    public async Task A_claims_region_codes_follow_its_regions_in_code_order()
    {
        var outlet = "Codes " + Guid.NewGuid().ToString("N")[..8];
        var (_, ids) = await AddArticleAsync(factory.Services, outlet, new DateOnly(2025, 6, 1), "Text.",
            new ClaimSpec(900, Date: new DateOnly(2025, 5, 30), Regions: ["UA-43", "RU-VOR", "RU"]),
            new ClaimSpec(901, Date: new DateOnly(2025, 5, 31)));

        (await StoredCodesAsync(ids)).Should().Equal("RU;RU-VOR;UA-43", "RU"); // a claim without regions is given RU by the test rows

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            var claim = await db.Claims.Include(c => c.Regions).SingleAsync(c => c.Id == ids[0]);
            var moved = claim.Regions.Single(r => r.Code == "UA-43");
            claim.Regions.RemoveAll(r => r.Code is "RU" or "UA-43");
            var other = await db.Claims.Include(c => c.Regions).SingleAsync(c => c.Id == ids[1]);
            other.Regions.Add(moved);
            await db.SaveChangesAsync();
        }

        (await StoredCodesAsync(ids)).Should().Equal("RU-VOR", "RU;UA-43");

        // Another writer moves a row to the other claim: both claims' codes follow (the update trigger).
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            (await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE \"ClaimRegions\" SET \"ClaimId\" = {ids[0]} WHERE \"ClaimId\" = {ids[1]} AND \"RegionCode\" = 'RU'")).Should().Be(1);
        }

        (await StoredCodesAsync(ids)).Should().Equal("RU;RU-VOR", "UA-43");

        var json = await factory.CreateClient().GetStringAsync($"/api/claims?outlet={Uri.EscapeDataString(outlet)}&order=asc");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        doc.RootElement.GetProperty("claims")[0].GetProperty("regions").EnumerateArray().Select(r => r.GetString())
            .Should().Equal("RU", "RU-VOR");
    }

    private async Task<List<string>> StoredCodesAsync(int[] ids)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var codes = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.RegionCodes }).ToListAsync();
        return ids.Select(id => codes.Single(c => c.Id == id).RegionCodes).ToList();
    }
}
