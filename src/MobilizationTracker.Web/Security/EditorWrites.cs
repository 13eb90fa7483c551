using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace MobilizationTracker.Web.Security;

/// <summary>
/// Every write (any method but GET, HEAD, OPTIONS) outside <c>/account</c> needs the editor
/// policy, whatever page or endpoint handles it: anonymous writers are challenged (sign-in redirect,
/// or 401 for API requests), signed-in readers without the role are forbidden. Runs before
/// antiforgery validation, so an anonymous post is sent to sign in rather than told "400".
/// </summary>
internal sealed class EditorWrites(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IAuthorizationService authorization)
    {
        if (IsWrite(context.Request) && !context.Request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync();
                return;
            }

            if (!(await authorization.AuthorizeAsync(context.User, TrackerRoles.EditorPolicy)).Succeeded)
            {
                await context.ForbidAsync();
                return;
            }
        }

        await next(context);
    }

    public static bool IsWrite(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    /// <summary>Requests from scripts and tools (JSON, CSV, /api) get 401/403 instead of a redirect to the sign-in page.</summary>
    public static bool IsApi(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase)
            && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }
}
