using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>One manifest line: a file (relative to the manifest) and what is known about its article.</summary>
public sealed record ManifestEntry
{
    [JsonPropertyName("file")]
    public required string File { get; init; }

    [JsonPropertyName("outlet")]
    public string? Outlet { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>yyyy-MM-dd.</summary>
    [JsonPropertyName("published")]
    public string? Published { get; init; }

    /// <summary>The full path of the file, resolved against the manifest's folder.</summary>
    [JsonIgnore]
    public string FullPath { get; init; } = "";

    public DateOnly? PublishedDate =>
        DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>A JSON array of <see cref="ManifestEntry"/> (the shape of seeds/manifest.json).</summary>
public static class ImportManifest
{
    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the manifest; throws <see cref="InvalidDataException"/> with a readable message when it is not one.</summary>
    public static async Task<IReadOnlyList<ManifestEntry>> LoadAsync(string path, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        List<ManifestEntry>? entries;
        try
        {
            await using var stream = File.OpenRead(full);
            entries = await JsonSerializer.DeserializeAsync<List<ManifestEntry>>(stream, Options, ct);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"The manifest {path} cannot be read: {e.Message}", e);
        }

        if (entries is null)
        {
            throw new InvalidDataException($"The manifest {path} is not a JSON array of {{file, outlet, title, url, published}}.");
        }

        if (entries.FirstOrDefault(e => e.Published is not null && e.PublishedDate is null) is { } bad)
        {
            throw new InvalidDataException($"The manifest {path} gives \"{bad.Published}\" as the date of {bad.File}; dates are yyyy-MM-dd.");
        }

        return [.. entries.Select(e => e with { FullPath = Path.GetFullPath(Path.Combine(folder, e.File)) })];
    }
}
