using System.Text.Json;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Export;

/// <summary>
/// GET /export/claims.csv, /export/claims.json and /api/claims: the timeline's query parameters,
/// the timeline's query (<see cref="TimelineQuery"/>), rows streamed straight to the response body.
/// </summary>
public static class ExportEndpoints
{
    public const int ApiMaxLimit = 500;

    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/claims.csv", ExportCsvAsync);
        app.MapGet("/export/claims.json", ExportJsonAsync);
        app.MapGet("/api/claims", ApiClaimsAsync).CacheOutput(Pages.PageCache.PolicyName);
        return app;
    }

    /// <summary>Every matching row, oldest first unless order=desc (stable ids, stable order), streamed by <see cref="ExportQuery"/>.</summary>
    public static IAsyncEnumerable<ClaimRow> Stream(TrackerDbContext db, ClaimFilter filter, bool ascending = true) =>
        ExportQuery.StreamAsync(db, filter, ascending);

    /// <summary>Exports read oldest first (a file that grows at the end as claims are added); order=desc gives the timeline's default order.</summary>
    public static bool Ascending(string? order) => !string.Equals(order, "desc", StringComparison.OrdinalIgnoreCase);

    public static string FileName(ClaimFilter filter, DateOnly today, string extension)
    {
        var slug = filter.ToSlug();
        return $"claims-{today:yyyy-MM-dd}{(slug.Length > 0 ? "-" + slug : "")}.{extension}";
    }

    private static async Task ExportCsvAsync(HttpContext http, TrackerDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var filter = ClaimFilter.FromQuery(http.Request.Query);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        http.Response.ContentType = "text/csv; charset=utf-8";
        SetAttachment(http, FileName(filter, today, "csv"));
        var bom = http.Request.Query["bom"] == "1";
        await ClaimCsvWriter.WriteAsync(Stream(db, filter, Ascending(http.Request.Query["order"])), http.Response.Body, bom, ct);
    }

    private static async Task ExportJsonAsync(HttpContext http, TrackerDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var filter = ClaimFilter.FromQuery(http.Request.Query);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        http.Response.ContentType = "application/json; charset=utf-8";
        SetAttachment(http, FileName(filter, today, "json"));
        await ClaimJsonWriter.WriteArrayAsync(Stream(db, filter, Ascending(http.Request.Query["order"])), http.Response.Body, ct);
    }

    /// <summary>
    /// One page of claims for scripts: {"claims":[...],"next":"cursor or null"}. Parameters: the
    /// filter, order=asc|desc (default desc), after=cursor, limit (1..500, default 50).
    /// </summary>
    private static async Task ApiClaimsAsync(HttpContext http, TrackerDbContext db, CancellationToken ct)
    {
        var query = http.Request.Query;
        var filter = ClaimFilter.FromQuery(query);
        var ascending = string.Equals(query["order"], "asc", StringComparison.OrdinalIgnoreCase);
        var limit = int.TryParse(query["limit"], out var l) ? Math.Clamp(l, 1, ApiMaxLimit) : TimelineQuery.PageSize;
        var after = TimelineQuery.Cursor.Parse(query["after"]);
        var (rows, hasMore) = await TimelineQuery.PageAsync(db, filter, ascending, after, limit, full: true, ct);

        // Straight into the response's pipe: one buffer, one flush, no copy through a stream.
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = http.Response.BodyWriter;
        using (var json = new Utf8JsonWriter(body, ClaimJsonWriter.Options))
        {
            WriteApiPage(json, rows, hasMore, filter.Problems);
        }

        await body.FlushAsync(ct);
    }

    private static void WriteApiPage(Utf8JsonWriter json, IReadOnlyList<ClaimRow> rows, bool hasMore, IReadOnlyList<string> problems)
    {
        json.WriteStartObject();
        json.WriteStartArray("claims");
        foreach (var row in rows)
        {
            ClaimJsonWriter.WriteClaim(json, row);
        }

        json.WriteEndArray();
        json.WriteString("next", hasMore ? TimelineQuery.Cursor.Of(rows[^1]).ToString() : null);
        json.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            json.WriteStringValue(problem);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void SetAttachment(HttpContext http, string fileName) =>
        http.Response.Headers.ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment")
        {
            FileNameStar = fileName,
            FileName = "\"" + fileName + "\"",
        }.ToString();
}
