using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MobilizationTracker.Web.Pages.Shared;

/// <summary>
/// The URL of a file under wwwroot as the layout links it: the build's fingerprinted name
/// ("css/site.d5y75y9wnq.css", served with a year's cache) from the page endpoint's static-asset
/// manifest, or, where a host has no manifest, the path with a content hash ("?v=…"). This is what
/// the link and script tag helpers' asp-append-version wrote; the layout calls it instead because
/// those three tag helpers cost every page about a tenth of its layout's time.
/// </summary>
public static class AssetUrls
{
    /// <param name="context">The request, whose endpoint carries the manifest.</param>
    /// <param name="path">Relative to wwwroot, without a leading slash: "css/site.css".</param>
    public static string Of(HttpContext context, string path)
    {
        var pathBase = context.Request.PathBase;
        if (context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>()?[path] is { } url && url != path)
        {
            return pathBase + "/" + url;
        }

        var versions = context.RequestServices.GetRequiredService<IFileVersionProvider>();
        return versions.AddFileVersionToPath(pathBase, pathBase + "/" + path);
    }
}
