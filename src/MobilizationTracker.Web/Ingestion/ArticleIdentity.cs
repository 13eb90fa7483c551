using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// What makes two articles the same: the same URL once normalised, or the same cleaned text once
/// lower-cased with whitespace collapsed.
/// </summary>
public static partial class ArticleIdentity
{
    /// <summary>
    /// Scheme and host lower-case, default port, fragment, <c>utm_*</c> parameters and a trailing
    /// slash dropped. Something that is not an absolute http(s) URL is only trimmed. Null for blank.
    /// </summary>
    public static string? NormaliseUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }

        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)));
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var path = uri.AbsolutePath.TrimEnd('/');
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    /// <summary>True for an absolute http:// or https:// address: the only URLs an article may have (no javascript:, data:, file:).</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>SHA-256 (lower-case hex) of the text lower-cased with runs of whitespace made one space.</summary>
    public static string ContentHash(string cleanedText)
    {
        var normalised = Whitespace().Replace(cleanedText.ToLowerInvariant(), " ").Trim();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
