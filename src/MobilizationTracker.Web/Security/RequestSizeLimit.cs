using Microsoft.AspNetCore.Http.Features;

namespace MobilizationTracker.Web.Security;

/// <summary>
/// Refuses request bodies over <see cref="SecurityOptions.MaxRequestBytes"/> with a 413 page: up
/// front when Content-Length says so, and when a chunked body runs over while being read.
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next, SecurityOptions options, ILogger<RequestSizeLimit> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            await WriteTooLargeAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = options.MaxRequestBytes;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await WriteTooLargeAsync(context);
        }
    }

    private async Task WriteTooLargeAsync(HttpContext context)
    {
        logger.LogWarning("Refused a request body of {Length} bytes to {Path}", context.Request.ContentLength, context.Request.Path.Value);
        var limit = options.MaxRequestBytes / (1024 * 1024) >= 1
            ? $"{options.MaxRequestBytes / (1024.0 * 1024):0.#} MiB"
            : $"{options.MaxRequestBytes / 1024.0:0.#} KiB";
        await SimplePage.WriteAsync(
            context,
            StatusCodes.Status413PayloadTooLarge,
            "Too large",
            $"The request is larger than this site accepts ({limit}). Send a smaller article, or split it.");
    }
}
