using System.Text.Json.Serialization;

namespace MobilizationTracker.Extraction.Tests.Heldout;

/// <summary>An annotated article-level denial: who denied, and the words that say so.</summary>
internal sealed record HeldoutDenial
{
    [JsonPropertyName("by")]
    public required string By { get; init; }

    [JsonPropertyName("evidence")]
    public required string Evidence { get; init; }
}
