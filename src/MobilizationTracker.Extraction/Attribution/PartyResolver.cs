using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// Turns the phrase that names a party ("the Russian service of Radio Free Europe/Radio Liberty",
/// "Verstka's sources", "a high-ranking Kremlin source", "the outlet") into a named party, normalised
/// through the registry, an anaphor, or nobody (spec rule 1: unnamed is not a source).
/// </summary>
public static partial class PartyResolver
{
    /// <summary>Official bodies: "Kremlin sources" are unnamed people, while "Verstka sources" are Verstka's.</summary>
    private static readonly FrozenSet<string> OfficialBodies = new[]
    {
        "Kremlin", "Russian Defense Ministry", "Russian government", "Russian General Staff", "State Duma",
        "Ukrainian Defense Ministry", "General Staff of Ukraine", "Pentagon",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Titles = new[]
    {
        "Rear", "Vice", "Admiral", "General", "Colonel", "Major", "Lieutenant", "Captain", "Sergeant", "Marshal", "President", "Prime",
        "Minister", "Deputy", "Chief", "Head", "Governor", "Mayor", "Spokesman", "Spokeswoman", "Spokesperson", "Senator", "Lt.", "Gen.",
        "Col.", "Maj.", "Dr.", "Mr.", "Mrs.", "Ms.", "Defense", "Defence", "Foreign", "Chairman", "Chairperson", "Director", "Commander",
        "Secretary", "Ambassador", "Speaker", "Lawmaker", "MP", "Former", "Acting", "First",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "The", "A", "An", "Russian", "Russia", "Ukraine", "Ukrainian", "Western", "European", "American", "British",
        "Moscow", "Kyiv", "In", "On", "But", "However", "And", "Then", "Meanwhile", "Earlier", "Later", "This", "That",
        "It", "He", "She", "They", "We", "Local", "Regional", "Military", "Officials", "Sources", "Media", "State",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="phrase">The words naming the party.</param>
    /// <param name="registry">Known sources and aliases.</param>
    /// <param name="nameAtEnd">True for a speaker before a verb (the name ends the phrase), false after "according to" or "citing".</param>
    public static Party Resolve(string phrase, SourceRegistry registry, bool nameAtEnd)
    {
        phrase = phrase.Trim().TrimEnd('.', ',', ';', ':', '!', '?', '"', '\'', ')', ' ');
        phrase = LeadingDate().Replace(phrase, "");
        phrase = LeadingPreposition().Replace(phrase, "");
        if (!phrase.Any(char.IsLetter))
        {
            return Party.Unnamed;
        }

        if (Anaphor().Match(phrase) is { Success: true } anaphor)
        {
            return new Party(PartyKind.Anaphoric, anaphor.Groups["noun"].Success ? anaphor.Groups["noun"].Value.ToLowerInvariant() : null);
        }

        if (OwnedSources().Match(phrase) is { Success: true } owned)
        {
            var written = owned.Groups["owner"].Value;
            var owner = registry.Normalise(written);
            var named = owned.Groups["pos"].Success
                ? !NotNames.Contains(written) && !written.Contains('-', StringComparison.Ordinal)
                : registry.IsKnown(written) && !OfficialBodies.Contains(owner);
            return named ? new Party(PartyKind.Named, owner) : Party.Unnamed;
        }

        if (UnnamedHead().IsMatch(phrase) || SourceWord().IsMatch(phrase))
        {
            return Party.Unnamed;
        }

        if (registry.FindIn(phrase, nameAtEnd) is { } known)
        {
            return new Party(PartyKind.Named, known);
        }

        var name = CapitalisedName(phrase, nameAtEnd) ?? (nameAtEnd ? AnyRun(phrase) : null);
        if (name is null || IsPlace(name))
        {
            return Party.Unnamed;
        }

        return new Party(PartyKind.Named, registry.Normalise(name));
    }

    /// <summary>A run of capitalised words that ends the phrase (speaker) or starts it (after "according to").</summary>
    internal static string? CapitalisedName(string phrase, bool nameAtEnd)
    {
        var match = nameAtEnd ? TrailingRun().Match(phrase) : LeadingRun().Match(phrase);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["run"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (NotNames.Contains(StripPossessive(words[0])) || Titles.Contains(words[0]) || words[0] is "of" or "the" or "for" or "and" || words[0].EndsWith("'s", StringComparison.Ordinal)
            || words.Count > 2 && Titles.Contains(words[1]) && IsPlace(words[0])))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && words[^1] is "of" or "the" or "for" or "and")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.All(w => NotNames.Contains(StripPossessive(w))))
        {
            return null;
        }

        var name = StripPossessive(string.Join(' ', words));
        return name.Length < 2 ? null : name;
    }

    /// <summary>The first capitalised run in a phrase whose last words are lowercase ("the Atesh partisan movement").</summary>
    private static string? AnyRun(string phrase)
    {
        foreach (Match m in InnerRun().Matches(phrase))
        {
            var sentenceInitialWord = m.Index == 0 && !m.Value.Contains(' ', StringComparison.Ordinal);
            if (!sentenceInitialWord && CapitalisedName(m.Value, nameAtEnd: true) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsPlace(string name) =>
        Regions.RegionGazetteer.CodeByName.ContainsKey(name) || name is "Ukraine" or "Russia" or "Belarus";

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>"Under the previous decree": the preposition is not part of the party.</summary>
    [GeneratedRegex(@"^(?:under|in|by|with|from|through|per)\s+(?=the\s)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^(?:the\s+(?:(?:previous|earlier|latest|new|same|former|last|first|second|above|current)\s+)?(?<noun>publication|outlet|newspaper|paper|news outlet|media outlet|website|site|agency|news agency|channel|report|source|sources|ministry|president|spokesman|spokesperson|official|officials|interlocutor|interlocutors|latter|former|investigation|media|service|committee|staff|government|administration|intelligence|update|statement|document|assessment|analysis|study|data|decree)|them|they|he|she|it|we|his|her|its|their)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Anaphor();

    [GeneratedRegex(@"^(?:the\s+)?(?<owner>[A-Z][\w./&-]*(?:\s+[A-Z][\w./&-]*){0,3}?)(?<pos>'s?)?\s+(?:[a-z][\w-]*\s+){0,2}sources?\b")]
    private static partial Regex OwnedSources();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:an?|one|two|three|four|five|several|some|many|multiple|numerous|anonymous|unnamed|high-ranking|senior|informed|military|local|regional|independent|pro-government|pro-Kremlin|state|state-run|state-owned|Russian|Ukrainian|Western|other|various|federal|government|official|open|leaked)\s+)*(?:sources?|media|outlets?|officials?|authorities|insiders?|experts?|analysts?|observers?|people|persons?|residents|journalists|reports?|data|figures|estimates|interlocutors|channels|Telegram channels|bloggers|milbloggers|someone|documents|a person|relatives|wives|mothers|governors?(?!\s+[A-Z]))\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedHead();

    /// <summary>A time phrase opening the phrase ("Last September he", "In early March, the ministry"): never part of a name.</summary>
    [GeneratedRegex(@"^(?:(?:in|on|by|since|until|from|during|last|next|this|early|late|earlier|later|mid|mid-|in early|in late|in mid)\s*)*(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:week|month|year|spring|summer|autumn|fall|winter)|\d{4})\b,?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\bsources?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceWord();

    [GeneratedRegex(@"(?<run>(?:[A-Z][\w./&'-]*|of|the|for|and)(?:\s+(?:[A-Z][\w./&'-]*|of|the|for|and))*)\s*$")]
    private static partial Regex TrailingRun();

    [GeneratedRegex(@"(?<![\w'])[A-Z][\w./&'-]*(?:\s+[A-Z][\w./&'-]*)*")]
    private static partial Regex InnerRun();

    [GeneratedRegex(@"^(?:the\s+)?(?<run>[A-Z][\w./&'-]*(?:\s+(?:[A-Z][\w./&'-]*|of|the|for|and))*)")]
    private static partial Regex LeadingRun();
}
