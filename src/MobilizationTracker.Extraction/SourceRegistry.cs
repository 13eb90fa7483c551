using System.Collections.Frozen;

namespace MobilizationTracker.Extraction;

/// <summary>
/// Canonical source names and their aliases ("Vyorstka" is "Verstka"). The built-in list can be
/// extended with aliases editors add; lookups are case-insensitive.
/// </summary>
public sealed class SourceRegistry
{
    private readonly FrozenDictionary<string, string> _canonicalByAlias;

    private SourceRegistry(IEnumerable<KeyValuePair<string, string>> aliasToCanonical)
    {
        _canonicalByAlias = aliasToCanonical
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Last().Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in registry.</summary>
    public static SourceRegistry Default { get; } = new(BuiltIn());

    /// <summary>A registry with these extra (alias, canonical) pairs; later pairs win.</summary>
    public SourceRegistry WithAliases(IEnumerable<(string Alias, string Canonical)> aliases) =>
        new(_canonicalByAlias.Concat(aliases.SelectMany(a => new[]
        {
            KeyValuePair.Create(a.Alias, a.Canonical),
            KeyValuePair.Create(a.Canonical, a.Canonical),
        })));

    /// <summary>The canonical name for a source as written, or the name itself (trimmed) when unknown.</summary>
    public string Normalise(string name)
    {
        var key = name.Trim();
        return _canonicalByAlias.TryGetValue(key, out var canonical) ? canonical : key;
    }

    public bool IsKnown(string name) => _canonicalByAlias.ContainsKey(name.Trim());

    /// <summary>Every (alias, canonical) pair, for showing and exporting the registry.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => _canonicalByAlias;

    private static IEnumerable<KeyValuePair<string, string>> BuiltIn()
    {
        (string Canonical, string[] Aliases)[] entries =
        [
            ("RFE/RL", ["Radio Free Europe/Radio Liberty", "Radio Liberty", "Radio Svoboda", "Radio Free Europe"]),
            ("Verstka", ["Vyorstka", "Verstka Media"]),
            ("Mediazona", ["Mediazona", "MediaZona"]),
            ("The Moscow Times", ["Moscow Times"]),
            ("Kremlin", ["the Kremlin"]),
            ("Dmitry Peskov", ["Peskov"]),
            ("Vladimir Putin", ["Putin"]),
        ];
        foreach (var (canonical, aliases) in entries)
        {
            yield return KeyValuePair.Create(canonical, canonical);
            foreach (var alias in aliases)
            {
                yield return KeyValuePair.Create(alias, canonical);
            }
        }
    }
}
