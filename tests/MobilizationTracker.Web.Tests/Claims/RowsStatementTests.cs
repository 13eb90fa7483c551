using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Claims;

/// <summary>
/// A page, an export or a story reads its rows with their regions in one SQL statement
/// (<see cref="TimelineQuery.Rows"/>): the claim's RegionCodes column, no second query per page, no
/// subquery per row and no client-side join of every region row.
/// </summary>
public sealed class RowsStatementTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task Rows_carry_their_sorted_region_codes_from_one_statement()
    {
        var (_, ids) = await AddArticleAsync(factory.Services, "Rows test", new DateOnly(2025, 6, 1), "Text.",
            new ClaimSpec(10, Regions: ["RU-VOR", "RU-BEL", "UA-43"]),
            new ClaimSpec(20, Regions: []));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var query = TimelineQuery.Rows(db.Claims.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id));
        var sql = query.ToQueryString();
        sql.Should().Contain("\"RegionCodes\"").And.NotContain("ClaimRegions", "the codes are the claim's own column, not a subquery per row");

        var rows = await query.ToListAsync();
        rows.Select(r => r.Regions).Should().BeEquivalentTo(new[] { new[] { "RU-BEL", "RU-VOR", "UA-43" }, Array.Empty<string>() }, o => o.WithStrictOrdering());
    }
}
