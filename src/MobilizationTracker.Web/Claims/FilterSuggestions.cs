using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// The timeline filter's suggestion lists, /api/sources and /api/outlets: the names in use, sorted,
/// as a JSON array the page's script loads into a datalist the first time the field is used. They
/// are not written into the page: thousands of sources would be most of it, and the outlets alone
/// were a sixth of every timeline page's bytes (docs/decisions.md, "The outlet filter is typed, with suggestions").
/// </summary>
public static class FilterSuggestions
{
    /// <summary>Every outlet that has an article, sorted (cached per database while the data stays the same).</summary>
    public static Task<IReadOnlyList<string>> OutletsAsync(TrackerDbContext db, CancellationToken ct) =>
        ReadModelCache.GetAsync<IReadOnlyList<string>>(db, "outlets", async () =>
            await db.Articles.AsNoTracking().Select(a => a.Outlet).Distinct().OrderBy(o => o).ToListAsync(ct));

    public static IEndpointRouteBuilder MapFilterSuggestions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sources", async (TrackerDbContext db, HttpContext http, CancellationToken ct) =>
            Cached(http, await SourceDirectory.NamesInUseAsync(db, ct)));
        app.MapGet("/api/outlets", async (TrackerDbContext db, HttpContext http, CancellationToken ct) =>
            Cached(http, await OutletsAsync(db, ct)));
        return app;
    }

    /// <summary>A list a browser may keep as long as the server keeps it.</summary>
    private static IResult Cached(HttpContext http, IReadOnlyList<string> names)
    {
        http.Response.Headers.CacheControl = "public, max-age=" + (int)ReadModelCache.MaxAge.TotalSeconds;
        return Results.Json(names);
    }
}
