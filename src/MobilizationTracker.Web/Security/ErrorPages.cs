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
                AsGet.Apply(context);
            }

            return next(context);
        });
        return app;
    }

    /// <summary>Registers the step that turns a failed request into a GET before its error page is routed.</summary>
    public static IServiceCollection AddTrackerErrorPages(this IServiceCollection services) =>
        services.AddExceptionHandler<AsGet>();

    /// <summary>True while the error page is being drawn for a failed request.</summary>
    public static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;

    /// <summary>
    /// Runs before the exception handler routes to the error page (an <see cref="IExceptionHandler"/>
    /// that handles nothing): the page is then routed as a GET, whatever the failed request's method.
    /// </summary>
    private sealed class AsGet : IExceptionHandler
    {
        public static void Apply(HttpContext context)
        {
            // The original query (?handler=Save) would pick a handler the error page has not.
            context.Request.Method = HttpMethods.Get;
            context.Request.QueryString = QueryString.Empty;
        }

        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            Apply(httpContext);
            return ValueTask.FromResult(false);
        }
    }
}
