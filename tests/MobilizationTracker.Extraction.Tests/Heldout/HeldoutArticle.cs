using System.Text.Json.Serialization;

namespace MobilizationTracker.Extraction.Tests.Heldout;

/// <summary>One held-out article's annotation, in exactly the shape of seeds/gold.json.</summary>
internal sealed record HeldoutArticle
{
    [JsonPropertyName("file")]
    public required string File { get; init; }

    [JsonPropertyName("outlet")]
    public required string Outlet { get; init; }

    [JsonPropertyName("title")]
    public required string Title { get; init; }

    [JsonPropertyName("url")]
    public string? Url { get; init; }

    [JsonPropertyName("published")]
    public required string Published { get; init; }

    [JsonPropertyName("language")]
    public required string Language { get; init; }

    [JsonPropertyName("claims")]
    public IReadOnlyList<HeldoutClaim> Claims { get; init; } = [];

    [JsonPropertyName("regions")]
    public IReadOnlyList<string> Regions { get; init; } = [];

    [JsonPropertyName("denials")]
    public IReadOnlyList<HeldoutDenial> Denials { get; init; } = [];

    [JsonPropertyName("noise")]
    public IReadOnlyList<long> Noise { get; init; } = [];

    [JsonPropertyName("notes")]
    public string? Notes { get; init; }
}
