using System.Collections.Frozen;
using MobilizationTracker.Extraction.Attribution;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction;

/// <summary>
/// Canonical source names and their aliases ("Vyorstka" is "Verstka", «Вёрстка» too). The built-in list
/// (Lexicon/source-aliases.txt: outlets, agencies, officials, intelligence services, in Latin and Cyrillic
/// spellings) can be extended with aliases editors add; lookups are case-insensitive, fold look-alike
/// letters of the other script (<see cref="Confusables"/>) and compare Cyrillic names by their stems, so
/// an inflected «Медведева» or «по данным Минобороны» finds «Медведев» and «Минобороны».
/// </summary>
public sealed class SourceRegistry
{
    /// <summary>The most words of a Cyrillic alias compared by stems ("Министерство обороны России").</summary>
    private const int MaxStemWords = 4;

    private readonly FrozenDictionary<string, string> _canonicalByAlias;

    /// <summary>Aliases longest first, for finding a known name inside a phrase.</summary>
    private readonly string[] _aliasesLongestFirst;

    /// <summary>
    /// Positions in <see cref="_aliasesLongestFirst"/> by an alias's first two letters (case-insensitive), ascending: an
    /// alias can only be found in a phrase where a word starts with its two letters, so a phrase tries only those.
    /// </summary>
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _aliasesByStart;

    /// <summary>Positions of the aliases too short (or too unusual) for <see cref="_aliasesByStart"/>: tried in every phrase.</summary>
    private readonly int[] _aliasesAlwaysTried;

    /// <summary>Cyrillic aliases by the stems of their words ("дмитр медведев" → Dmitry Medvedev).</summary>
    private readonly FrozenDictionary<string, string> _canonicalByStems;

    /// <summary>The first stem of each key of <see cref="_canonicalByStems"/>: a run of words can only be a key if its first word's stem is one.</summary>
    private readonly FrozenSet<string> _firstStems;

    private SourceRegistry(IEnumerable<KeyValuePair<string, string>> aliasToCanonical)
    {
        _canonicalByAlias = aliasToCanonical
            .Where(p => !string.IsNullOrWhiteSpace(p.Key) && !string.IsNullOrWhiteSpace(p.Value))
            .GroupBy(p => Confusables.Fold(p.Key.Trim()), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.OrdinalIgnoreCase);
        _aliasesLongestFirst = _canonicalByAlias.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToArray();
        var positions = Enumerable.Range(0, _aliasesLongestFirst.Length).ToLookup(i => HasStartKey(_aliasesLongestFirst[i]));
        _aliasesAlwaysTried = [.. positions[false]];
        _aliasesByStart = positions[true]
            .GroupBy(i => _aliasesLongestFirst[i][..2], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _canonicalByStems = _canonicalByAlias
            .Where(p => p.Key.Any(Confusables.IsCyrillic))
            .Select(p => (Key: string.Join(' ', NameStems.Words(p.Key).Select(w => w.Stem)), p.Value))
            .Where(p => p.Key.Length > 0)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        _firstStems = _canonicalByStems.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
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
        var key = Confusables.Fold(name.Trim());
        if (_canonicalByAlias.TryGetValue(key, out var canonical))
        {
            return canonical;
        }

        var withoutPossessive = StripPossessive(key);
        if (_canonicalByAlias.TryGetValue(withoutPossessive, out canonical))
        {
            return canonical;
        }

        return ByStems(withoutPossessive) ?? withoutPossessive;
    }

    public bool IsKnown(string name)
    {
        var key = Confusables.Fold(name.Trim());
        return _canonicalByAlias.ContainsKey(key) || _canonicalByAlias.ContainsKey(StripPossessive(key)) || ByStems(key) is not null;
    }

    /// <summary>Every (alias, canonical) pair, for showing and exporting the registry.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => _canonicalByAlias;

    /// <summary>
    /// The known source named inside a phrase, as a canonical name: the match that ends last when
    /// <paramref name="lastMention"/> ("the Kremlin's spokesman Dmitry Peskov"), else the first; longer aliases win ties.
    /// </summary>
    internal string? FindIn(string phrase, bool lastMention)
    {
        phrase = Confusables.Fold(phrase);
        string? best = null;
        var bestPosition = -1;
        var blocks = (_aliasesLongestFirst.Length + 63) / 64;
        var candidates = blocks <= 64 ? stackalloc ulong[blocks] : new ulong[blocks];
        MarkCandidateAliases(phrase, candidates);
        for (var w = 0; w < candidates.Length; w++)
        {
            for (var bits = candidates[w]; bits != 0; bits &= bits - 1)
            {
                var i = (w * 64) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                var alias = _aliasesLongestFirst[i];
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
        }

        if (_canonicalByStems.Count == 0 || !phrase.Any(Confusables.IsCyrillic))
        {
            return best;
        }

        // Inflected Cyrillic names: runs of up to four words compared by their stems, the longest run at a word first.
        var stemmed = NameStems.Words(phrase);
        for (var i = 0; i < stemmed.Count; i++)
        {
            if (!_firstStems.Contains(stemmed[i].Stem))
            {
                continue;
            }

            for (var n = Math.Min(MaxStemWords, stemmed.Count - i); n >= 1; n--)
            {
                var key = string.Join(' ', stemmed.Skip(i).Take(n).Select(w => w.Stem));
                if (!_canonicalByStems.TryGetValue(key, out var canonical))
                {
                    continue;
                }

                var end = stemmed[i + n - 1].End;
                var position = lastMention ? end : phrase.Length - stemmed[i].Start;
                if (position > bestPosition)
                {
                    bestPosition = position;
                    best = canonical;
                }

                break;
            }
        }

        return best;
    }

    /// <summary>
    /// Sets the bit of each position in <see cref="_aliasesLongestFirst"/> whose alias may occur in the phrase as a word:
    /// those whose first two letters start a word of it, and the ones always tried. <see cref="FindIn"/> tries the set
    /// bits in ascending order, each once, with no list to sort. Any other alias has no place where
    /// <see cref="IndexOfWord"/> could find it, so skipping it changes no answer.
    /// </summary>
    private void MarkCandidateAliases(string phrase, Span<ulong> candidates)
    {
        foreach (var i in _aliasesAlwaysTried)
        {
            candidates[i >> 6] |= 1UL << i;
        }

        for (var at = 0; at + 1 < phrase.Length; at++)
        {
            if (StartsWord(phrase, at) && _aliasesByStart.TryGetValue(phrase.AsSpan(at, 2), out var starting))
            {
                foreach (var i in starting)
                {
                    candidates[i >> 6] |= 1UL << i;
                }
            }
        }
    }

    /// <summary>Whether an alias is filed under its first two characters: two of them, neither half of a surrogate pair (whose case folding is not per character).</summary>
    private static bool HasStartKey(string alias) => alias.Length >= 2 && !char.IsSurrogate(alias[0]) && !char.IsSurrogate(alias[1]);

    private string? ByStems(string name)
    {
        if (_canonicalByStems.Count == 0 || !name.Any(Confusables.IsCyrillic))
        {
            return null;
        }

        var key = string.Join(' ', NameStems.Words(name).Select(w => w.Stem));
        return _canonicalByStems.GetValueOrDefault(key);
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
            var startOk = StartsWord(text, at);
            var endOk = end == text.Length || !char.IsLetterOrDigit(text[end]) || text[end] == 's' && end > 0 && text[end - 1] == '\'';
            if (startOk && endOk)
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Whether a word may start at this position: the text's start, or after a character that is no letter or digit.</summary>
    private static bool StartsWord(string text, int at) => at == 0 || !char.IsLetterOrDigit(text[at - 1]);

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name.EndsWith('\'') ? name[..^1] : name;

    private static IEnumerable<KeyValuePair<string, string>> BuiltIn() => Lexicons.SourceAliases;
}
