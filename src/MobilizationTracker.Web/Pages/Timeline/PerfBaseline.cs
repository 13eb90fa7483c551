using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Pages.Timeline;

/// <summary>
/// GET /perf/baseline (only with Tracker:PerfBaseline=true): one compiled EF query for the newest
/// 50 claims, written as a bare HTML table. The timeline's figures in docs/performance.md are
/// ratios to this page.
/// </summary>
public static class PerfBaseline
{
    // A record, not a ValueTuple: Npgsql reads a projected tuple as a PostgreSQL ROW, which it refuses.
    private sealed record BaselineRow(int Id, DateOnly ClaimDate, int? Figure, string Source, string Outlet);

    private static readonly Func<TrackerDbContext, IAsyncEnumerable<BaselineRow>> Newest50 =
        EF.CompileAsyncQuery((TrackerDbContext db) => db.Claims.AsNoTracking()
            .OrderByDescending(c => c.ClaimDate).ThenByDescending(c => c.Id)
            .Take(50)
            .Select(c => new BaselineRow(c.Id, c.ClaimDate, c.Figure, c.Source!.Name, c.Article!.Outlet)));

    public static IEndpointRouteBuilder MapPerfBaseline(this IEndpointRouteBuilder app)
    {
        app.MapGet("/perf/baseline", async (TrackerDbContext db, CancellationToken ct) =>
        {
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><title>baseline</title><table>");
            await foreach (var (id, date, figure, source, outlet) in Newest50(db).WithCancellation(ct))
            {
                html.Append("<tr><td>").Append(id).Append("</td><td>").Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                    .Append("</td><td>").Append(figure).Append("</td><td>").Append(WebUtility.HtmlEncode(source))
                    .Append("</td><td>").Append(WebUtility.HtmlEncode(outlet)).Append("</td></tr>");
            }

            return Results.Content(html.Append("</table></html>").ToString(), "text/html; charset=utf-8");
        });
        return app;
    }
}
