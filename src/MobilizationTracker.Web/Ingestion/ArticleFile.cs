using MobilizationTracker.Extraction;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// Reads one article file for the import and extract verbs and the seeding: a missing, oversized
/// (checked before a byte is read) or unreadable file comes back as a problem in words a user
/// understands, never as an exception.
/// </summary>
internal static class ArticleFile
{
    public static async Task<(byte[]? Content, string? Problem)> ReadAsync(string path, int maxBytes, CancellationToken ct)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return (null, "no such file");
        }

        if (file.Length > maxBytes)
        {
            return (null, SizeLimits.TooLarge("The file", file.Length, maxBytes));
        }

        try
        {
            return (await File.ReadAllBytesAsync(path, ct), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "the file cannot be read: " + e.Message);
        }
    }
}
