using System.Net;

namespace MobilizationTracker.Web.Security;

/// <summary>A plain HTML page for answers written by middleware (413, 429), where no Razor page runs. Headers already set (security headers, Retry-After) stay.</summary>
internal static class SimplePage
{
    public static Task WriteAsync(HttpContext context, int status, string title, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + WebUtility.HtmlEncode(title)
            + "</title></head><body><main><h1>" + WebUtility.HtmlEncode(title) + "</h1><p>" + WebUtility.HtmlEncode(message)
            + "</p><p><a href=\"/\">Back to the timeline</a></p></main></body></html>";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }
}
