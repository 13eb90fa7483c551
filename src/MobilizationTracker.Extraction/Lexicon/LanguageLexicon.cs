using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace MobilizationTracker.Extraction.Lexicon;

/// <summary>
/// One language's vocabulary: the files under <c>Lexicon/{language}/</c> (months, speech verbs,
/// people nouns, denial phrases ...), each read once on first use and kept frozen. The extraction
/// steps hold the logic and take a language's lexicon; a third language is a folder of files.
/// A step asks for a list by file name without ".txt"; a missing file is an empty list, so a
/// language may leave out what it does not need.
/// </summary>
public sealed class LanguageLexicon
{
    private static readonly ConcurrentDictionary<string, LanguageLexicon> ByLanguage = new(StringComparer.OrdinalIgnoreCase);

    private readonly ConcurrentDictionary<(string Shape, string Name), object> _cache = new();

    private LanguageLexicon(string language) => Language = language;

    /// <summary>ISO 639-1 code of the language ("en", "ru").</summary>
    public string Language { get; }

    public static LanguageLexicon English => For("en");

    public static LanguageLexicon Russian => For("ru");

    /// <summary>
    /// Every language with a folder of lexicon files, for a step that runs before the language is known (the
    /// cleaner's page chrome is the union of every language's).
    /// </summary>
    public static IReadOnlyList<LanguageLexicon> All { get; } = typeof(LanguageLexicon).Assembly.GetManifestResourceNames()
        .Select(n => n.Split('/'))
        .Where(p => p.Length == 3 && p[0] == "Lexicon")
        .Select(p => p[1])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .Select(For)
        .ToList();

    /// <summary>The lexicon of a language (one shared instance per language).</summary>
    public static LanguageLexicon For(string language) => ByLanguage.GetOrAdd(language, l => new LanguageLexicon(l));

    /// <summary>The entries of <c>Lexicon/{language}/{name}.txt</c> in file order; empty when there is no such file.</summary>
    public IReadOnlyList<string> Lines(string name) =>
        Cached("lines", name, static (self, n) => LexiconFile.Exists(self.FileName(n)) ? LexiconFile.Lines(self.FileName(n)) : []);

    /// <summary>The entries as a case-insensitive set.</summary>
    public FrozenSet<string> Set(string name) =>
        Cached("set", name, static (self, n) => self.Lines(n).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>"key|value" entries as a case-insensitive dictionary (the last line for a key wins).</summary>
    public FrozenDictionary<string, string> Pairs(string name) =>
        Cached("pairs", name, static (self, n) => self.Lines(n)
            .Select(l => l.Split('|', 2))
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Last().ElementAtOrDefault(1)?.Trim() ?? "", StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The entries as one regular-expression alternation (no group, no anchors), longest first so a
    /// longer phrase wins over its prefix. Each entry is literal text except that a space matches
    /// any run of white space and a trailing <c>*</c> on a word matches the rest of that word, for inflected
    /// languages: "призва*" matches "призвать", "призвали", "призвано", "военн* комиссар*" «военного комиссара». Entries of a "key|value"
    /// file contribute their key.
    /// </summary>
    public string Alternation(string name) =>
        Cached("alternation", name, static (self, n) => string.Join('|', self.Lines(n)
            .Select(l => l.Split('|', 2)[0].Trim())
            .Where(l => l.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(l => l.Length)
            .ThenBy(l => l, StringComparer.Ordinal)
            .Select(Fragment)));

    /// <summary>
    /// A case-insensitive pattern built from a template in which <c>{name}</c> stands for
    /// <see cref="Alternation"/> of that file, e.g. <c>\b(?:{speech-verbs})\b</c>; an empty or missing list
    /// matches nothing. Cached per template; interpreted at first and compiled once hot (<see cref="HotPattern"/>).
    /// </summary>
    public Regex Pattern(string template) => Hot(template).Current;

    /// <summary>Whether a template's pattern is compiled yet (for tests; asking counts no use).</summary>
    internal bool IsCompiled(string template) => Hot(template).IsCompiled;

    /// <summary>How many uses make a lexicon pattern hot enough to compile (docs/decisions.md, "Lexicon patterns compile once hot").</summary>
    internal const int CompileAfterUses = 2000;

    private HotPattern Hot(string template) =>
        Cached("pattern", template, static (self, t) => new HotPattern(
            Placeholder.Replace(t, m => self.Alternation(m.Groups[1].Value) is { Length: > 0 } a ? "(?:" + a + ")" : "(?!)")));

    /// <summary>
    /// A lexicon pattern, interpreted for its first <see cref="CompileAfterUses"/> uses, then compiled on a thread-pool
    /// thread and swapped in when ready; an extraction never waits for it, and a failed compilation leaves the interpreted
    /// pattern serving. Both engines give the same matches. Why the threshold: docs/decisions.md, "Lexicon patterns compile once hot".
    /// </summary>
    private sealed class HotPattern(string pattern)
    {
        private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

        private Regex _current = new(pattern, Options, MatchTimeout);
        private int _uses;
        private int _compiling;

        public Regex Current
        {
            get
            {
                if (_uses < CompileAfterUses && ++_uses == CompileAfterUses && Interlocked.Exchange(ref _compiling, 1) == 0)
                {
                    _ = Task.Run(Compile);
                }

                return _current;
            }
        }

        public bool IsCompiled => Volatile.Read(ref _current).Options.HasFlag(RegexOptions.Compiled);

        private void Compile()
        {
            try
            {
                var compiled = new Regex(pattern, Options | RegexOptions.Compiled, MatchTimeout);
                _ = compiled.IsMatch("Warm-up: 1,000 people, said."); // the first match JIT-compiles the pattern's code here, not on an extraction's thread
                Volatile.Write(ref _current, compiled);
            }
            catch (Exception e) when (e is RegexMatchTimeoutException or InvalidOperationException or NotSupportedException)
            {
                // the interpreted pattern goes on serving
            }
        }
    }

    /// <summary>
    /// The value of the entry of a "key|value" file that matches a word or phrase found by its
    /// alternation: an entry spelled exactly so, else the longest entry whose trailing <c>*</c> stem
    /// begins it ("декабре" in months gives "12"). Null when none does. The lookup is built once per file.
    /// </summary>
    public string? ValueOf(string name, string text) =>
        Cached("values", name, static (self, n) => WordValues.Of(self.Pairs(n)))
            .Find(HasWhiteSpace(text) ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : text);

    /// <summary>Whether the text has a white-space character: a single word (most lookups) needs no splitting and joining.</summary>
    private static bool HasWhiteSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record WordValues(FrozenDictionary<string, string> Exact, (string Stem, string Value)[] Stems)
    {
        public static WordValues Of(FrozenDictionary<string, string> pairs) => new(
            pairs.Where(p => !p.Key.EndsWith('*')).ToFrozenDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
            pairs.Where(p => p.Key.EndsWith('*')).Select(p => (p.Key[..^1], p.Value)).OrderByDescending(p => p.Item1.Length).ToArray());

        public string? Find(string text)
        {
            if (Exact.TryGetValue(text, out var exact))
            {
                return exact;
            }

            foreach (var (stem, value) in Stems)
            {
                if (text.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// A guard against a runaway pattern, not a speed limit: the timeout is wall-clock time, and the first match of a
    /// compiled pattern includes its JIT, which on a loaded machine took over a second (the article's budget,
    /// ExtractionOptions.Budget, is what bounds an extraction).
    /// </summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>A <c>{name}</c> placeholder: a file name starts with a letter, so a quantifier such as <c>\d{2}</c> is left alone.</summary>
    private static readonly Regex Placeholder = new(@"\{([a-z][a-z0-9-]*)\}", RegexOptions.CultureInvariant);

    private string FileName(string name) => $"{Language}/{name}.txt";

    private static string Fragment(string entry)
    {
        var fragment = new StringBuilder();
        foreach (var part in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (fragment.Length > 0)
            {
                fragment.Append(@"\s+");
            }

            // a trailing * on any word matches the rest of that word ("военн* комиссар*")
            fragment.Append(part.EndsWith('*') ? Regex.Escape(part[..^1]) + @"\w*" : Regex.Escape(part));
        }

        return fragment.ToString();
    }

    /// <summary>
    /// One value per shape and name, built once by <paramref name="load"/> (a static lambda: a lookup,
    /// made hundreds of times an article, allocates nothing; a key string and two closures per lookup
    /// were a sixth of an extraction's allocations).
    /// </summary>
    private T Cached<T>(string shape, string name, Func<LanguageLexicon, string, T> load) where T : class =>
        _cache.TryGetValue((shape, name), out var hit)
            ? (T)hit
            : (T)_cache.GetOrAdd((shape, name), static (key, state) => state.Load(state.Self, key.Name)!, (Self: this, Load: load));
}
