using System.Globalization;

namespace MobilizationTracker.Extraction;

/// <summary>
/// Every size limit of the tracker, in one place: the extractor, the importer, the article form,
/// the form reader and the request-size middleware all read them from here.
/// </summary>
public static class SizeLimits
{
    /// <summary>A pasted text or an uploaded file in the article form (stated on the form).</summary>
    public const int FormArticleBytes = 5 * 1024 * 1024;

    /// <summary>
    /// The largest article read at all (import, extract, the form's content): twice the form's limit,
    /// since real article pages are 50 KB to 2 MB; a 20 MB file is refused before it is read.
    /// </summary>
    public const int ArticleBytes = 10 * 1024 * 1024;

    /// <summary>One form value: the review step carries the article again as base64 (4/3 larger) in a hidden field.</summary>
    public const int FormValueBytes = 8 * 1024 * 1024;

    /// <summary>
    /// Fields in one form post. The review step has about 17 per claim: 16,384 holds an article of
    /// over 900 claims, far above the ~66 that broke the framework's default of 1,024.
    /// </summary>
    public const int FormValueCount = 16 * 1024;

    /// <summary>A whole request body: the base64 article plus every claim's fields.</summary>
    public const int RequestBytes = 24 * 1024 * 1024;

    /// <summary>"5 MB", "512 KB": a limit or a size in the words the messages use.</summary>
    public static string Describe(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB");

    /// <summary>The message for content over a limit.</summary>
    public static string TooLarge(string what, long length, long limit)
    {
        var size = Describe(length);
        if (size == Describe(limit))
        {
            size = string.Create(CultureInfo.InvariantCulture, $"{length:N0} bytes");
        }

        return $"{what} is too large: {size}, the limit is {Describe(limit)}.";
    }
}
