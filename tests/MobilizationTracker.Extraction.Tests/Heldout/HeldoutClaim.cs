using System.Text.Json.Serialization;

namespace MobilizationTracker.Extraction.Tests.Heldout;

/// <summary>One annotated claim of the held-out gold file, in the field names of seeds/gold.json.</summary>
internal sealed record HeldoutClaim
{
    [JsonPropertyName("figure")]
    public int? Figure { get; init; }

    [JsonPropertyName("low")]
    public int? Low { get; init; }

    [JsonPropertyName("high")]
    public int? High { get; init; }

    [JsonPropertyName("qualifier")]
    public required string Qualifier { get; init; }

    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    [JsonPropertyName("source")]
    public required string Source { get; init; }

    [JsonPropertyName("claim_date")]
    public required string ClaimDate { get; init; }

    [JsonPropertyName("regions")]
    public IReadOnlyList<string> Regions { get; init; } = [];

    [JsonPropertyName("denied")]
    public bool Denied { get; init; }

    [JsonPropertyName("denied_by")]
    public string? DeniedBy { get; init; }

    [JsonPropertyName("evidence")]
    public required string Evidence { get; init; }

    /// <summary>"400000", or "500-600" for a range: how the claim is named in the report.</summary>
    public string Label => Figure is { } figure ? Format(figure) : $"{Format(Low)}-{Format(High)}";

    private static string Format(int? value) =>
        value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
}
