using System.Text.Json;
using System.Text.Json.Serialization;

namespace MobilizationTracker.Extraction.Tests.Scoring;

/// <summary>One annotated article of a gold file (../shared/gold/seeds.json), field names as the spec writes them.</summary>
public sealed record GoldArticle
{
    [JsonPropertyName("file")] public required string File { get; init; }
    [JsonPropertyName("outlet")] public string? Outlet { get; init; }
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("language")] public string? Language { get; init; }
    [JsonPropertyName("claims")] public IReadOnlyList<GoldClaim> Claims { get; init; } = [];
    [JsonPropertyName("regions")] public IReadOnlyList<string> Regions { get; init; } = [];
    [JsonPropertyName("noise")] public IReadOnlyList<long> Noise { get; init; } = [];

    public static IReadOnlyList<GoldArticle> Load(string path) =>
        JsonSerializer.Deserialize<List<GoldArticle>>(System.IO.File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no articles.");
}

/// <summary>One annotated claim.</summary>
public sealed record GoldClaim
{
    [JsonPropertyName("figure")] public long? Figure { get; init; }
    [JsonPropertyName("low")] public long? Low { get; init; }
    [JsonPropertyName("high")] public long? High { get; init; }
    [JsonPropertyName("qualifier")] public string? Qualifier { get; init; }
    [JsonPropertyName("kind")] public string? Kind { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("claim_date")] public string? ClaimDate { get; init; }
    [JsonPropertyName("regions")] public IReadOnlyList<string> Regions { get; init; } = [];
    [JsonPropertyName("denied")] public bool Denied { get; init; }
    [JsonPropertyName("denied_by")] public string? DeniedBy { get; init; }
    [JsonPropertyName("evidence")] public string? Evidence { get; init; }
}
