using System.Collections.Frozen;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>One ISO 3166-2 subdivision (or RU/UA for a whole country) and its names.</summary>
public sealed record RegionInfo(string Code, string Name, string? NameRu = null);

/// <summary>
/// ISO 3166-2 codes and names of every Russian federal subject (83, plus the annexed Ukrainian
/// regions under their UA codes) and every Ukrainian oblast, read from Lexicon/regions.txt.
/// </summary>
public static class RegionGazetteer
{
    private static readonly string[] Suffixes =
        ["", " oblast", " region", " krai", " kray", " province", " republic", " territory", " autonomous okrug", " oblasts", " regions"];

    public static FrozenDictionary<string, RegionInfo> ByCode { get; } = Rows()
        .Select(r => new RegionInfo(r[0], r[1], r[2].Length > 0 ? r[2] : null))
        .ToFrozenDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every name a region goes by in English and Russian (case-insensitive) → its code. Names marked
    /// ambiguous in the lexicon ("Moscow" the city or the government) are in <see cref="AmbiguousNames"/>.
    /// </summary>
    public static FrozenDictionary<string, string> CodeByName { get; } = BuildNames()
        .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.First().Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Bare names that also stand for a government or a city (Moscow, Kyiv): they count only after "in", "from", "across"...</summary>
    public static FrozenSet<string> AmbiguousNames { get; } = Rows()
        .SelectMany(r => r[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Where(a => a.StartsWith('?'))
        .Select(a => a[1..])
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The English name for a code, or the code itself when it is not in the gazetteer.</summary>
    public static string NameOf(string code) => ByCode.TryGetValue(code, out var r) ? r.Name : code;

    private static IEnumerable<string[]> Rows() =>
        LexiconFile.Lines("regions.txt").Select(l => l.Split('|')).Where(r => r.Length >= 4);

    private static IEnumerable<(string Name, string Code)> BuildNames()
    {
        var rows = Rows().Where(r => r[0].Contains('-', StringComparison.Ordinal)).ToList();

        // Explicit names first: they win over generated variants (Moscow Oblast is RU-MOS, not RU-MOW + "Oblast").
        foreach (var r in rows)
        {
            yield return (r[1], r[0]);
            if (r[2].Length > 0)
            {
                yield return (r[2], r[0]);
            }

            foreach (var alias in Aliases(r))
            {
                yield return (alias, r[0]);
            }
        }

        foreach (var r in rows)
        {
            foreach (var alias in Aliases(r))
            {
                foreach (var suffix in Suffixes)
                {
                    yield return (alias + suffix, r[0]);
                }

                yield return ("Republic of " + alias, r[0]);
            }
        }
    }

    private static IEnumerable<string> Aliases(string[] row) =>
        row[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => a.TrimStart('?'));
}
