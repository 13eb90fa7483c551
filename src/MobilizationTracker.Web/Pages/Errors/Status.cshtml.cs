using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MobilizationTracker.Extraction;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Errors;

/// <summary>
/// /error/{status}: the page every error is drawn as (<see cref="ErrorPages"/>), in the site's
/// layout, with a way back and the request id that the log line of the failure carries.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel(SecurityOptions security, ILogger<StatusModel> logger) : PageModel
{
    public int Status { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string RequestId { get; private set; } = "";

    public void OnGet(int status) => Show(status);

    // Routing picks the page by the failed request's method (the method only becomes GET after it), so
    // the page declares every method a failed request can have had.
    public void OnPost(int status) => Show(status);

    public void OnPut(int status) => Show(status);

    public void OnDelete(int status) => Show(status);

    public void OnPatch(int status) => Show(status);

    private void Show(int status)
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        Status = failed is not null ? StatusCodes.Status500InternalServerError
            : original is not null ? original.OriginalStatusCode
            : status is >= 400 and <= 599 ? status : StatusCodes.Status404NotFound;
        RequestId = HttpContext.TraceIdentifier;
        (Heading, Message) = Describe(Status);
        var path = failed?.Path ?? original?.OriginalPath ?? HttpContext.Request.Path.Value;
        if (failed?.Error is { } error)
        {
            logger.LogError(error, "Error page {Status} for {Path}: request {RequestId}", Status, path, RequestId);
        }
        else
        {
            logger.LogInformation("Error page {Status} for {Path}: request {RequestId}", Status, path, RequestId);
        }

        Response.StatusCode = Status;
    }

    private (string Heading, string Message) Describe(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ("The request could not be used",
            "The form or link was not complete or had expired. Go back, reload the page and try again."),
        StatusCodes.Status401Unauthorized => ("Sign in first", "This needs an account. Sign in, then try again."),
        StatusCodes.Status403Forbidden => ("Not allowed", "Your account may not do this."),
        StatusCodes.Status404NotFound => ("Not found", "There is nothing at this address. It may have been deleted, or the link is wrong."),
        StatusCodes.Status405MethodNotAllowed => ("Not allowed here", "This address does not take that kind of request."),
        StatusCodes.Status413PayloadTooLarge => ("Too large",
            $"The request is larger than this site accepts ({SizeLimits.Describe(security.MaxRequestBytes)}, and {SizeLimits.Describe(SizeLimits.FormArticleBytes)} for an article). Send a smaller article, or split it."),
        StatusCodes.Status429TooManyRequests => ("Too many requests", "Too many attempts in a short time. Wait a minute and try again."),
        >= 500 => ("Something went wrong", "The site could not answer this request. The failure is logged under the request id below: quote it when you report the problem."),
        _ => ("The request failed", "The site could not answer this request."),
    };
}
