using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>
/// The region names of one language, as a tree of word keys: every name of <c>{lang}/regions-names.txt</c>,
/// the display names of <c>regions.txt</c>, and each base with the language's suffixes and prefixes ("Voronezh
/// region", "Воронежский регион", "Republic of Tatarstan"). A word matches a name's word when one of its keys
/// is one of the name word's keys: the lower-cased word, for an inflected language also the word without a
/// case ending (<c>regions-endings.txt</c>) against the name without its nominative ending
/// (<c>regions-nominative-endings.txt</c>), so «Бурятии» is «Бурятия» and «Пермском крае» is «Пермский край».
/// Explicit names win over generated ones; one explicit name may stand for several regions ("L/DPR").
/// </summary>
public sealed partial class RegionNames
{
    /// <summary>The shortest stem left when a case ending is cut ("Уфа" → "уф").</summary>
    private const int MinStem = 2;

    private readonly Node _root = new();
    private readonly string[] _endings;
    private readonly string[] _nominativeEndings;

    private RegionNames(LanguageLexicon lexicon)
    {
        Lexicon = lexicon;
        _endings = LongestFirst(lexicon.Lines("regions-endings"));
        _nominativeEndings = LongestFirst(lexicon.Lines("regions-nominative-endings"));
        Suffixes = lexicon.Lines("regions-suffixes");
        var prefixes = lexicon.Lines("regions-prefixes");
        var rows = Rows(lexicon);

        foreach (var (code, names) in rows)
        {
            foreach (var name in names)
            {
                Add(name.TrimStart('?'), code, explicitName: true, ambiguous: name.StartsWith('?'));
            }
        }

        foreach (var (code, names) in rows)
        {
            foreach (var b in names.Select(n => n.TrimStart('?')).Select(Base).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                foreach (var suffix in Suffixes)
                {
                    Add(b + " " + suffix, code, explicitName: false, ambiguous: false);
                }

                foreach (var prefix in prefixes)
                {
                    Add(prefix + " " + b, code, explicitName: false, ambiguous: false);
                }
            }
        }
    }

    public LanguageLexicon Lexicon { get; }

    /// <summary>The nouns that follow a region's base ("region", "oblasts", "область").</summary>
    public IReadOnlyList<string> Suffixes { get; }

    /// <summary>The names of a language (built once per language).</summary>
    public static RegionNames For(LanguageLexicon lexicon) => ByLanguage.GetOrAdd(lexicon.Language, _ => new RegionNames(lexicon));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, RegionNames> ByLanguage = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The longest name that starts at word <paramref name="first"/> of <paramref name="words"/> and runs over words
    /// separated by one space (or a slash: "L/DPR"): its codes and its last word; null when none does.
    /// </summary>
    internal Match? Longest(string text, MatchCollection words, int first, int maxWords)
    {
        var nodes = new List<Node> { _root };
        Match? best = null;
        for (var j = first; j < words.Count && j - first < maxWords; j++)
        {
            if (j > first && !Adjacent(text, words[j - 1], words[j]))
            {
                break;
            }

            nodes = Step(nodes, words[j].Value);
            if (nodes.Count == 0)
            {
                break;
            }

            if (nodes.FirstOrDefault(n => n.Codes.Count > 0) is { } named)
            {
                best = new Match(named.Codes, j, named.Ambiguous, named.LowerStart);
            }
        }

        return best;
    }

    /// <summary>The codes of a name given as words ("Челябинской" + "областях"); empty when it is no name.</summary>
    internal IReadOnlyList<string> Lookup(IEnumerable<string> words)
    {
        var nodes = new List<Node> { _root };
        foreach (var word in words)
        {
            nodes = Step(nodes, word);
        }

        return nodes.FirstOrDefault(n => n.Codes.Count > 0)?.Codes ?? [];
    }

    /// <summary>Whether a word is one of the suffix nouns, in any case ("областях", "regions").</summary>
    internal bool IsSuffixWord(string word)
    {
        var keys = TextKeys(word);
        return Suffixes.Any(s => NameKeys(s.Split(' ')[^1]).Any(keys.Contains));
    }

    private List<Node> Step(List<Node> nodes, string word)
    {
        var next = new List<Node>();
        foreach (var key in TextKeys(word))
        {
            foreach (var node in nodes)
            {
                if (node.Children.TryGetValue(key, out var child) && !next.Contains(child))
                {
                    next.Add(child);
                }
            }
        }

        return next;
    }

    private static bool Adjacent(string text, System.Text.RegularExpressions.Match previous, System.Text.RegularExpressions.Match word)
    {
        var end = previous.Index + previous.Length;
        return word.Index == end + 1 && text[end] is ' ' or '/';
    }

    private void Add(string name, string code, bool explicitName, bool ambiguous)
    {
        var words = Word().Matches(name).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var nodes = new List<Node> { _root };
        foreach (var word in words)
        {
            nodes = nodes.SelectMany(n => NameKeys(word).Select(k => n.Child(k))).Distinct().ToList();
        }

        foreach (var node in nodes)
        {
            if (node.Codes.Count == 0 || explicitName && node.Explicit && !node.Codes.Contains(code))
            {
                node.Codes.Add(code);
                node.Explicit |= explicitName;
            }

            node.Ambiguous |= ambiguous;
            node.LowerStart |= char.IsLower(name[0]);
        }
    }

    /// <summary>A name without its trailing suffix noun ("Voronezh Oblast" → "Voronezh", "Пермский край" → "Пермский").</summary>
    private string Base(string name)
    {
        foreach (var suffix in Suffixes.OrderByDescending(s => s.Length))
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(" " + suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^(suffix.Length + 1)];
            }
        }

        return name;
    }

    private HashSet<string> TextKeys(string word) => Keys(word, _endings);

    private HashSet<string> NameKeys(string word) => Keys(word, _nominativeEndings);

    private static HashSet<string> Keys(string word, string[] endings)
    {
        var key = Normalise(word);
        var keys = new HashSet<string>(StringComparer.Ordinal) { key };
        foreach (var ending in endings)
        {
            if (key.Length - ending.Length >= MinStem && key.EndsWith(ending, StringComparison.Ordinal))
            {
                keys.Add(key[..^ending.Length]);
            }
        }

        return keys;
    }

    /// <summary>Lower case, ё as е, without a possessive or trailing dots ("Voronezh's" → "voronezh", "St." → "st").</summary>
    private static string Normalise(string word)
    {
        var w = word.ToLowerInvariant().Replace('ё', 'е');
        if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }

        return w.TrimEnd('.', '\'', '-');
    }

    private static string[] LongestFirst(IReadOnlyList<string> endings) =>
        endings.Select(e => e.ToLowerInvariant()).Distinct().OrderByDescending(e => e.Length).ToArray();

    /// <summary>Each region's names in this language: its display names (both columns of regions.txt) and the language's own.</summary>
    private static List<(string Code, List<string> Names)> Rows(LanguageLexicon lexicon)
    {
        var own = lexicon.Lines("regions-names")
            .Select(l => l.Split('|', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
        return RegionGazetteer.ByCode.Values
            .Where(r => r.Code.Contains('-', StringComparison.Ordinal))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => (r.Code, new[] { r.Name, r.NameRu }.OfType<string>().Concat(own.GetValueOrDefault(r.Code) ?? []).ToList()))
            .ToList();
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'.-]*")]
    internal static partial Regex Word();

    /// <summary>A name found in text: its codes, its last word, whether it may stand for a government, whether it starts lower-case.</summary>
    internal sealed record Match(IReadOnlyList<string> Codes, int Last, bool Ambiguous, bool LowerStart);

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);
        public List<string> Codes { get; } = [];
        public bool Explicit { get; set; }
        public bool Ambiguous { get; set; }
        public bool LowerStart { get; set; }

        public Node Child(string key)
        {
            if (!Children.TryGetValue(key, out var child))
            {
                child = new Node();
                Children[key] = child;
            }

            return child;
        }
    }
}
