using Microsoft.AspNetCore.Diagnostics;

namespace MobilizationTracker.Web.Security;

/// <summary>
/// Every error is a page in the site's layout: an exception re-executes <c>/error/500</c>, and a
/// response with an error status and no body (404, 400, 413, 429 ...) re-executes
/// <c>/error/{status}</c>, always as a GET so no write rule, antiforgery check or handler of the
/// original method runs again. The page shows a way back and the request id its log line carries.
/// </summary>
public static class ErrorPages
{
    public const string Path = "/error";

    /// <summary>Call first, so that the security headers, and everything after, run again for the error page.</summary>
    public static WebApplication UseTrackerErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = Path + "/500", AllowStatusCode404Response = true });
        app.UseStatusCodePagesWithReExecute(Path + "/{0}");
        app.Use((context, next) =>
        {
            if (IsReExecution(context))
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
        return app;
    }

    /// <summary>True while the error page is being drawn for a failed request.</summary>
    public static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
}
