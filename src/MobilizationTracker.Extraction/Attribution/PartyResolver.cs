using System.Collections.Frozen;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Attribution;

/// <summary>
/// Turns the phrase that names a party ("the Russian service of Radio Free Europe/Radio Liberty",
/// "Verstka's sources", "a high-ranking Kremlin source", "the outlet", «источник в Минобороны») into a
/// named party, normalised through the registry, an anaphor, or nobody (spec rule 1: unnamed is not a
/// source). The words come from the article language's lexicon (Lexicon/{lang}/attribution-*.txt).
/// </summary>
public static class PartyResolver
{
    /// <summary>Official bodies: "Kremlin sources" are unnamed people, while "Verstka sources" are Verstka's.</summary>
    private static readonly FrozenSet<string> OfficialBodies = new[]
    {
        "Kremlin", "Russian Defense Ministry", "Russian government", "Russian General Staff", "State Duma",
        "Ukrainian Defense Ministry", "General Staff of Ukraine", "Pentagon",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A capitalised word of a name (case-sensitive inside the case-insensitive lexicon patterns).</summary>
    internal const string Word = @"(?-i:\p{Lu}[\w./&'-]*)";

    /// <summary>Where a name starts: a capital, or lowercase letters before one ("iStories").</summary>
    private const string NameStart = @"(?-i:\p{Ll}*\p{Lu})";

    public static Party Resolve(string phrase, SourceRegistry registry, bool nameAtEnd) =>
        Resolve(phrase, registry, nameAtEnd, LanguageLexicon.English);

    /// <param name="phrase">The words naming the party.</param>
    /// <param name="registry">Known sources and aliases.</param>
    /// <param name="nameAtEnd">True for a speaker before a verb (the name ends the phrase), false after "according to" or "citing".</param>
    /// <param name="lexicon">The article language's vocabulary.</param>
    public static Party Resolve(string phrase, SourceRegistry registry, bool nameAtEnd, LanguageLexicon lexicon)
    {
        phrase = phrase.Trim().TrimEnd('.', ',', ';', ':', '!', '?', '"', '\'', ')', ' ');
        phrase = lexicon.Pattern(LeadingDate).Replace(phrase, "");
        phrase = lexicon.Pattern(LeadingPreposition).Replace(phrase, "");
        phrase = lexicon.Pattern(PlacePreposition).Replace(phrase, "");
        if (!phrase.Any(char.IsLetter))
        {
            return Party.Unnamed;
        }

        // Without articles a role word opens a name too («министр обороны Сергей Шойгу»): a known name comes first.
        if (!lexicon.Has("attribution-articles") && !lexicon.Pattern(SourceWord).IsMatch(phrase) && !lexicon.Pattern(UnnamedHead).IsMatch(phrase)
            && registry.FindIn(phrase, nameAtEnd) is { } early)
        {
            return new Party(PartyKind.Named, early);
        }

        if (lexicon.Pattern(Anaphor(lexicon)).Match(phrase) is { Success: true } anaphor)
        {
            return new Party(PartyKind.Anaphoric, anaphor.Groups["noun"].Success ? AnaphorKey(anaphor.Groups["noun"].Value, lexicon) : null);
        }

        if (Owned(phrase, registry, lexicon) is { } owned)
        {
            return owned;
        }

        // "documents from Russia's Defense Ministry", "a report of the UK Ministry of Defence": the body behind the papers (spec rule 2).
        if (lexicon.Pattern(PapersOf).Match(phrase) is { Success: true } papers && !lexicon.Pattern(SourceWord).IsMatch(papers.Groups["rest"].Value))
        {
            var rest = papers.Groups["rest"].Value;
            if (registry.FindIn(rest, lastMention: false) is { } body)
            {
                return new Party(PartyKind.Named, body);
            }

            // "a study by the independent outlet Vazhnye Istoriyi": the name that closes the owner's description
            if (lexicon.Pattern(PaperLink).IsMatch(rest) && CapitalisedName(rest, nameAtEnd: true, lexicon) is { } owner && !IsPlace(owner))
            {
                return new Party(PartyKind.Named, registry.Normalise(owner));
            }
        }

        if (lexicon.Pattern(UnnamedHead).IsMatch(phrase) || lexicon.Pattern(SourceWord).IsMatch(phrase))
        {
            return Party.Unnamed;
        }

        if (registry.FindIn(phrase, nameAtEnd) is { } known)
        {
            return new Party(PartyKind.Named, known);
        }

        var name = CapitalisedName(phrase, nameAtEnd, lexicon) ?? (nameAtEnd ? AnyRun(phrase, lexicon) : null);

        // Without articles every sentence-initial word is capitalised too: an unknown name needs a first name and a surname.
        if (name is null || IsPlace(name) || !lexicon.Has("attribution-articles") && !name.Contains(' ', StringComparison.Ordinal))
        {
            return Party.Unnamed;
        }

        return new Party(PartyKind.Named, registry.Normalise(name));
    }

    internal static string? CapitalisedName(string phrase, bool nameAtEnd) => CapitalisedName(phrase, nameAtEnd, LanguageLexicon.English);

    /// <summary>A run of capitalised words that ends the phrase (speaker) or starts it (after "according to").</summary>
    internal static string? CapitalisedName(string phrase, bool nameAtEnd, LanguageLexicon lexicon)
    {
        var match = (nameAtEnd ? lexicon.Pattern(TrailingRun) : lexicon.Pattern(LeadingRun)).Match(phrase);
        if (!match.Success)
        {
            return null;
        }

        var notNames = lexicon.Set("attribution-not-names");
        var titles = lexicon.Set("attribution-titles");
        var connectors = lexicon.Set("attribution-name-connectors");
        var words = match.Groups["run"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (IsNotName(StripPossessive(words[0]), notNames, lexicon) || titles.Contains(words[0]) || connectors.Contains(words[0]) || words[0].EndsWith("'s", StringComparison.Ordinal)
            || words.Count > 2 && titles.Contains(words[1]) && IsPlace(words[0])))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && connectors.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.All(w => IsNotName(StripPossessive(w), notNames, lexicon)))
        {
            return null;
        }

        var name = StripPossessive(string.Join(' ', words));
        return name.Length < 2 ? null : name;
    }

    /// <summary>Not-names and weekdays are matched as written (case-sensitive: "May" the month, "Media" the word).</summary>
    private static bool IsNotName(string word, FrozenSet<string> notNames, LanguageLexicon lexicon) =>
        notNames.TryGetValue(word, out var listed) && listed == word || lexicon.Pairs("weekdays").ContainsKey(word);

    /// <summary>The first capitalised run in a phrase whose last words are lowercase ("the Atesh partisan movement").</summary>
    private static string? AnyRun(string phrase, LanguageLexicon lexicon)
    {
        foreach (Match m in lexicon.Pattern(InnerRun).Matches(phrase))
        {
            var sentenceInitialWord = m.Index == 0 && !m.Value.Contains(' ', StringComparison.Ordinal);
            if (!sentenceInitialWord && CapitalisedName(m.Value, nameAtEnd: true, lexicon) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>"Verstka's sources", "Verstka sources", «источники «Медузы»»: the owner's when it is named and not an official body.</summary>
    private static Party? Owned(string phrase, SourceRegistry registry, LanguageLexicon lexicon)
    {
        if (lexicon.Pattern(OwnedSources).Match(phrase) is { Success: true } owned)
        {
            var written = owned.Groups["owner"].Value;
            var owner = registry.Normalise(written);
            var named = owned.Groups["pos"].Success
                ? !lexicon.Set("attribution-not-names").Contains(written) && !written.Contains('-', StringComparison.Ordinal)
                : registry.IsKnown(written) && !OfficialBodies.Contains(owner);
            return named ? new Party(PartyKind.Named, owner) : Party.Unnamed;
        }

        if (lexicon.Pattern(SourcesOfAnaphor).Match(phrase) is { Success: true } ofAnaphor)
        {
            return new Party(PartyKind.Anaphoric, AnaphorKey(ofAnaphor.Groups["noun"].Value, lexicon));
        }

        if (lexicon.Lines("attribution-source-nouns").Count > 0 && lexicon.Pattern(SourcesOf).Match(phrase) is { Success: true } of)
        {
            var owner = registry.FindIn(of.Groups["owner"].Value, lastMention: false);
            return owner is not null && !OfficialBodies.Contains(owner) ? new Party(PartyKind.Named, owner) : Party.Unnamed;
        }

        return null;
    }

    /// <summary>The registry-facing key of an anaphor's noun: "ministry", or what a "noun|key" line says it refers to («ведомство» → ministry).</summary>
    private static string AnaphorKey(string noun, LanguageLexicon lexicon)
    {
        foreach (var (key, value) in lexicon.Pairs("attribution-anaphor-nouns"))
        {
            var stem = key.TrimEnd('*');
            var fits = key.EndsWith('*') ? noun.StartsWith(stem, StringComparison.OrdinalIgnoreCase) : noun.Equals(key, StringComparison.OrdinalIgnoreCase);
            if (fits)
            {
                return (value.Length > 0 ? value : key).ToLowerInvariant();
            }
        }

        return noun.ToLowerInvariant();
    }

    private static bool IsPlace(string name) =>
        Regions.RegionGazetteer.CodeByName.ContainsKey(name) || name is "Ukraine" or "Russia" or "Belarus";

    private static string StripPossessive(string name) =>
        name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;

    /// <summary>«сообщили в ведомстве», «в Кремле заявили»: where a body speaks is the body.</summary>
    private const string PlacePreposition = @"^(?:{attribution-place-prepositions})\s+";

    /// <summary>"Under the previous decree": the preposition is not part of the party.</summary>
    private const string LeadingPreposition = @"^(?:{attribution-lead-prepositions})\s+(?=the\s)";

    /// <summary>"the (same) outlet", "the top security official", "them"; a language without articles names the noun alone.</summary>
    private static string Anaphor(LanguageLexicon lexicon)
    {
        var article = lexicon.Has("attribution-articles") ? @"(?:{attribution-articles})\s+" : "";
        return @"^(?:" + article + @"(?:(?:{attribution-anaphor-modifiers})\s+)?(?<noun>{attribution-anaphor-nouns})|" + article
            + @"(?:(?-i:\p{Ll}[\w-]*)\s+){0,3}(?<noun>{attribution-anaphor-roles})|(?:{attribution-anaphor-pronouns}))\b(?!\s+" + Word + ")";
    }

    private const string OwnedSources =
        @"^(?:the\s+)?(?<owner>" + Word + @"(?:\s+" + Word + @"){0,3}?)(?<pos>'s?)?\s+(?:(?-i:\p{Ll}[\w-]*)\s+){0,2}(?:{attribution-source-nouns})\b";

    /// <summary>Sources named after their owner, as Russian writes them: «источники «Медузы»», «собеседник издания РБК».</summary>
    private const string SourcesOf = @"^(?:{attribution-source-nouns})\s+(?:(?-i:\p{Ll}[\w-]*)\s+){0,2}?""?(?<owner>(?-i:\p{Lu}).*)$";

    /// <summary>«источник издания»: the sources of the publication named before are the publication's.</summary>
    private const string SourcesOfAnaphor = @"^(?:{attribution-source-nouns})\s+(?<noun>{attribution-owner-anaphors})\b";

    private const string PaperLink = @"^\s*(?:{attribution-paper-links})\s";

    private const string PapersOf = @"^(?:(?-i:\p{Lu}?\p{Ll}[\w-]*|\p{Lu})\s+){0,3}(?:{attribution-paper-nouns})\b(?<rest>.+)$";

    private const string UnnamedHead =
        @"^(?:the\s+)?(?:(?:{attribution-unnamed-modifiers})\s+)*(?:{attribution-unnamed-heads})\b(?!\s+(?!(?:{weekdays})\b)" + NameStart + ")";

    /// <summary>A time phrase opening the phrase ("Last September he", "In early March, the ministry"): never part of a name.</summary>
    private const string LeadingDate =
        @"^(?:(?:{attribution-time-prepositions})\s*)*(?:(?:{months})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4,4})?|\d{1,2}\s+(?:{months})|(?:{weekdays})|(?:{attribution-time-periods})|\d{4,4})\b,?\s*";

    private const string SourceWord = @"\b(?:{attribution-source-nouns})\b";

    private const string TrailingRun = @"(?<run>(?:" + Word + @"|(?:{attribution-name-connectors}))(?:\s+(?:" + Word + @"|(?:{attribution-name-connectors})))*)\s*$";

    private const string InnerRun = @"(?<![\w'])" + Word + @"(?:\s+" + Word + ")*";

    private const string LeadingRun = @"^(?:the\s+)?(?<run>" + Word + @"(?:\s+(?:" + Word + @"|(?:{attribution-name-connectors})))*)";
}
