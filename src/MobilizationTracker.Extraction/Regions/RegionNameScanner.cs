using System.Collections.Frozen;

namespace MobilizationTracker.Extraction.Regions;

/// <summary>
/// Finds gazetteer names in a sentence: leftmost first, the longest name at a position, whole words
/// only, case-insensitive, matches not overlapping. A scan over word starts with the names bucketed
/// by their first two letters; a single regex alternation of every name took ~0.4 ms a sentence,
/// which made a 4 MB paste spend most of its budget here.
/// </summary>
internal static class RegionNameScanner
{
    private static readonly FrozenDictionary<string, string[]> NamesByPrefix = RegionGazetteer.CodeByName.Keys
        .Where(n => n.Length >= 2)
        .GroupBy(Prefix, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Each match as (index, length), in order of appearance.</summary>
    public static IEnumerable<(int Index, int Length)> Scan(string sentence)
    {
        var i = 0;
        while (i < sentence.Length - 1)
        {
            if ((i > 0 && IsWordChar(sentence[i - 1])) || !IsWordChar(sentence[i])
                || !NamesByPrefix.TryGetValue(Prefix(sentence.AsSpan(i, 2)), out var names))
            {
                i++;
                continue;
            }

            var length = LongestAt(sentence, i, names);
            if (length == 0)
            {
                i++;
                continue;
            }

            yield return (i, length);
            i += length;
        }
    }

    private static int LongestAt(string sentence, int start, string[] names)
    {
        foreach (var name in names)
        {
            var end = start + name.Length;
            if (end <= sentence.Length
                && sentence.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (end == sentence.Length || !IsWordChar(sentence[end])))
            {
                return name.Length;
            }
        }

        return 0;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static string Prefix(string name) => Prefix(name.AsSpan(0, 2));

    private static string Prefix(ReadOnlySpan<char> two) =>
        string.Concat(char.ToLowerInvariant(two[0]).ToString(), char.ToLowerInvariant(two[1]).ToString());
}
