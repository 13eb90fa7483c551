using System.Collections.Frozen;

namespace MobilizationTracker.Extraction.Lexicon;

/// <summary>
/// Reads the embedded word lists under Lexicon/: one entry per line, '#' starts a comment line. A
/// file name may include a language folder ("ru/months.txt"); see <see cref="LanguageLexicon"/>.
/// </summary>
internal static class LexiconFile
{
    /// <summary>Whether an embedded lexicon file of that name exists.</summary>
    public static bool Exists(string fileName) =>
        typeof(LexiconFile).Assembly.GetManifestResourceInfo("Lexicon/" + fileName) is not null;

    /// <summary>The non-empty, non-comment lines of an embedded lexicon file.</summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        var assembly = typeof(LexiconFile).Assembly;
        using var stream = assembly.GetManifestResourceStream("Lexicon/" + fileName)
            ?? throw new InvalidOperationException($"Lexicon file {fileName} is not embedded.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    /// <summary>"key|value" lines as a case-insensitive frozen dictionary (the last line for a key wins).</summary>
    public static FrozenDictionary<string, string> Pairs(string fileName) =>
        Lines(fileName)
            .Select(l => l.Split('|', 2))
            .GroupBy(p => p[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.Last().ElementAtOrDefault(1)?.Trim() ?? "", StringComparer.OrdinalIgnoreCase);

    /// <summary>Single-entry lines as a case-insensitive frozen set.</summary>
    public static FrozenSet<string> Set(string fileName) =>
        Lines(fileName).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
