using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web;

/// <summary>A bare list of claims at "/" until the Razor Pages timeline replaces it (delete this file then).</summary>
internal static class TemporaryHome
{
    public static IEndpointRouteBuilder MapTemporaryHome(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (TrackerDbContext db, CancellationToken ct) =>
        {
            var rows = await db.Claims.AsNoTracking()
                .OrderBy(c => c.ClaimDate).ThenBy(c => c.Id)
                .Select(c => new { c.ClaimDate, c.Figure, c.Low, c.High, c.Kind, Source = c.Source!.Name, c.Article!.Outlet })
                .ToListAsync(ct);
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Claims</title></head><body><h1>Claims</h1><table><thead><tr><th>Date</th><th>Figure</th><th>Kind</th><th>Source</th><th>Outlet</th></tr></thead><tbody>");
            foreach (var r in rows)
            {
                var figure = r.Figure?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) ?? $"{r.Low}–{r.High}";
                html.Append("<tr><td>").Append(Tokens.FormatDate(r.ClaimDate)).Append("</td><td>").Append(WebUtility.HtmlEncode(figure))
                    .Append("</td><td>").Append(r.Kind.ToToken()).Append("</td><td>").Append(WebUtility.HtmlEncode(r.Source))
                    .Append("</td><td>").Append(WebUtility.HtmlEncode(r.Outlet)).Append("</td></tr>");
            }

            html.Append("</tbody></table></body></html>");
            return Results.Content(html.ToString(), "text/html; charset=utf-8");
        });
        return app;
    }
}
