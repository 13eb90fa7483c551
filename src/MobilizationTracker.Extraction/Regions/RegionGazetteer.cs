using System.Collections.Frozen;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>One ISO 3166-2 subdivision (or RU/UA for a whole country) and its names.</summary>
public sealed record RegionInfo(string Code, string Name, string? NameRu = null);

/// <summary>
/// ISO 3166-2 codes and names of every Russian federal subject and Ukrainian oblast.
/// (Foundation stub: a few entries; the extraction issue fills in the whole gazetteer.)
/// </summary>
public static class RegionGazetteer
{
    public static FrozenDictionary<string, RegionInfo> ByCode { get; } = new RegionInfo[]
    {
        new("RU", "Russia (nationwide)", "Россия"),
        new("UA", "Ukraine (nationwide)", "Украина"),
        new("RU-VOR", "Voronezh Oblast", "Воронежская область"),
        new("RU-TYU", "Tyumen Oblast", "Тюменская область"),
        new("UA-43", "Crimea", "Крым"),
    }.ToFrozenDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The English name for a code, or the code itself when it is not in the gazetteer.</summary>
    public static string NameOf(string code) => ByCode.TryGetValue(code, out var r) ? r.Name : code;
}
