using System.Collections.Frozen;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>One ISO 3166-2 subdivision (or RU/UA for a whole country) and its names.</summary>
public sealed record RegionInfo(string Code, string Name, string? NameRu = null);

/// <summary>
/// ISO 3166-2 codes and display names of every Russian federal subject (83, plus the annexed Ukrainian
/// regions under their UA codes) and every Ukrainian oblast, read from Lexicon/regions.txt. The names
/// each language finds in text are <see cref="RegionNames"/>.
/// </summary>
public static class RegionGazetteer
{
    public static FrozenDictionary<string, RegionInfo> ByCode { get; } = LexiconFile.Lines("regions.txt")
        .Select(l => l.Split('|'))
        .Where(r => r.Length >= 3)
        .Select(r => new RegionInfo(r[0], r[1], r[2].Length > 0 ? r[2] : null))
        .ToFrozenDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The English names of regions (display names, names and their suffixed forms: "Voronezh", "Voronezh region") →
    /// code, case-insensitive; the Russian display names too. For telling a place from a party; finding regions in
    /// text is <see cref="RegionFinder"/>'s.
    /// </summary>
    public static FrozenDictionary<string, string> CodeByName { get; } = BuildNames()
        .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.First().Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The English name for a code, or the code itself when it is not in the gazetteer.</summary>
    public static string NameOf(string code) => ByCode.TryGetValue(code, out var r) ? r.Name : code;

    private static IEnumerable<(string Name, string Code)> BuildNames()
    {
        var english = LanguageLexicon.English;
        var aliases = english.Lines("regions-names")
            .Select(l => l.Split('|', 2))
            .Where(p => p.Length == 2)
            .SelectMany(p => p[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => (Code: p[0], Alias: a.TrimStart('?'))))
            .ToList();

        // Explicit names first: they win over generated variants (Moscow Oblast is RU-MOS, not RU-MOW + "Oblast").
        foreach (var r in ByCode.Values.Where(r => r.Code.Contains('-', StringComparison.Ordinal)))
        {
            yield return (r.Name, r.Code);
            if (r.NameRu is not null)
            {
                yield return (r.NameRu, r.Code);
            }
        }

        foreach (var (code, alias) in aliases)
        {
            yield return (alias, code);
        }

        foreach (var (code, alias) in aliases)
        {
            foreach (var suffix in english.Lines("regions-suffixes"))
            {
                yield return (alias + " " + suffix, code);
            }

            foreach (var prefix in english.Lines("regions-prefixes"))
            {
                yield return (prefix + " " + alias, code);
            }
        }
    }
}
