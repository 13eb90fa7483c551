using System.Collections.Frozen;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction;

/// <summary>
/// Canonical source names and their aliases ("Vyorstka" is "Verstka"). The built-in list
/// (Lexicon/source-aliases.txt: outlets, agencies, officials, intelligence services) can be extended
/// with aliases editors add; lookups are case-insensitive.
/// </summary>
public sealed class SourceRegistry
{
    private readonly FrozenDictionary<string, string> _canonicalByAlias;

    /// <summary>Aliases longest first, for finding a known name inside a phrase.</summary>
    private readonly string[] _aliasesLongestFirst;

    private SourceRegistry(IEnumerable<KeyValuePair<string, string>> aliasToCanonical)
    {
        _canonicalByAlias = aliasToCanonical
            .Where(p => !string.IsNullOrWhiteSpace(p.Key) && !string.IsNullOrWhiteSpace(p.Value))
            .GroupBy(p => p.Key.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.OrdinalIgnoreCase);
        _aliasesLongestFirst = _canonicalByAlias.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The built-in registry.</summary>
    public static SourceRegistry Default { get; } = new(BuiltIn());

    /// <summary>A registry with these extra (alias, canonical) pairs; later pairs win.</summary>
    public SourceRegistry WithAliases(IEnumerable<(string Alias, string Canonical)> aliases) =>
        new(_canonicalByAlias.Concat(aliases.SelectMany(a => new[]
        {
            KeyValuePair.Create(a.Canonical, a.Canonical),
            KeyValuePair.Create(a.Alias, a.Canonical),
        })));

    /// <summary>The canonical name for a source as written, or the name itself (trimmed) when unknown.</summary>
    public string Normalise(string name)
    {
        var key = name.Trim();
        if (_canonicalByAlias.TryGetValue(key, out var canonical))
        {
            return canonical;
        }

        var withoutPossessive = StripPossessive(key);
        return _canonicalByAlias.TryGetValue(withoutPossessive, out canonical) ? canonical : withoutPossessive;
    }

    public bool IsKnown(string name) => _canonicalByAlias.ContainsKey(name.Trim()) || _canonicalByAlias.ContainsKey(StripPossessive(name.Trim()));

    /// <summary>Every (alias, canonical) pair, for showing and exporting the registry.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => _canonicalByAlias;

    /// <summary>
    /// The known source named inside a phrase, as a canonical name: the match that ends last when
    /// <paramref name="lastMention"/> ("the Kremlin's spokesman Dmitry Peskov"), else the first; longer aliases win ties.
    /// </summary>
    internal string? FindIn(string phrase, bool lastMention)
    {
        string? best = null;
        var bestPosition = -1;
        foreach (var alias in _aliasesLongestFirst)
        {
            var at = IndexOfWord(phrase, alias);
            if (at < 0)
            {
                continue;
            }

            var position = lastMention ? at + alias.Length : phrase.Length - at;
            if (position > bestPosition)
            {
                bestPosition = position;
                best = _canonicalByAlias[alias];
            }
        }

        return best;
    }

    private static int IndexOfWord(string text, string word)
    {
        var from = 0;
        while (from <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            var end = at + word.Length;
            var startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endOk = end == text.Length || !char.IsLetterOrDigit(text[end]) || text[end] == 's' && end > 0 && text[end - 1] == '\'';
            if (startOk && endOk)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name.EndsWith('\'') ? name[..^1] : name;

    private static IEnumerable<KeyValuePair<string, string>> BuiltIn() => Lexicons.SourceAliases;
}
