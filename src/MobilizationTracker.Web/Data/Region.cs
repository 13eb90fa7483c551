namespace MobilizationTracker.Web.Data;

/// <summary>An ISO 3166-2 subdivision (or RU for nationwide) with its names.</summary>
public sealed class Region
{
    /// <summary>ISO 3166-2 code, e.g. RU-VOR, UA-43, or RU.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameRu { get; set; }
}
