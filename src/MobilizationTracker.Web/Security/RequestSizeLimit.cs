using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MobilizationTracker.Web.Security;

/// <summary>
/// Refuses request bodies over <see cref="SecurityOptions.MaxRequestBytes"/> with 413 (the status
/// pages draw it): up front when Content-Length says so, and when a chunked body runs over while
/// being read. A form post is read here, with the site's form limits, so that a form over them (a
/// 20 MB paste, a chunked upload) is a 413 too rather than the antiforgery check's bare 400; the
/// pages then use the form already read.
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next, SecurityOptions options, IOptions<FormOptions> forms, ILogger<RequestSizeLimit> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ErrorPages.IsReExecution(context))
        {
            await next(context);
            return;
        }

        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            TooLarge(context, "its Content-Length");
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = options.MaxRequestBytes;
        }

        try
        {
            if (EditorWrites.IsWrite(context.Request) && context.Request.HasFormContentType)
            {
                context.Features.Set<IFormFeature>(new FormFeature(context.Request, forms.Value));
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
        }
        catch (InvalidDataException e)
        {
            // A form over the value length, value count or multipart limits.
            TooLarge(context, e.Message);
            return;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            TooLarge(context, "a body that ran over while read");
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            TooLarge(context, "a body that ran over while read");
        }
    }

    private void TooLarge(HttpContext context, string why)
    {
        logger.LogWarning(
            "Refused a request body of {Length} bytes to {Path} ({Why}; request {RequestId})",
            context.Request.ContentLength, context.Request.Path.Value, why, context.TraceIdentifier);
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }
}
