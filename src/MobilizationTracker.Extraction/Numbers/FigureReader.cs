using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// The figures of one sentence: every number, minus those a named rule rejects, kept when it counts
/// people being recruited — or when it continues an accepted figure ("from 500-600 people per day
/// to just 20-30", "by 350 thousand people, up to 1.5 million").
/// </summary>
public static partial class FigureReader
{
    private const long Smallest = 10;

    /// <summary>Whether the language has the vocabulary to read figures (its people nouns).</summary>
    public static bool Reads(LanguageLexicon lexicon) => lexicon.Lines("numbers-people-nouns").Count > 0 || lexicon.Language == "en";

    public static IReadOnlyList<Figure> Read(string sentence, string context = "") => Read(sentence, context, LanguageLexicon.English, out _);

    public static IReadOnlyList<Figure> Read(string sentence, string context, out IReadOnlyList<(NumberMention Mention, RejectionReason Reason)> rejected) =>
        Read(sentence, context, LanguageLexicon.English, out rejected);

    /// <param name="sentence">The sentence to read.</param>
    /// <param name="context">The sentence before it (a rate restated as "That is 30,000 people a month").</param>
    /// <param name="lexicon">The vocabulary of the sentence's language.</param>
    /// <param name="rejected">The numbers left out, with the rule that left each out.</param>
    public static IReadOnlyList<Figure> Read(string sentence, string context, LanguageLexicon lexicon, out IReadOnlyList<(NumberMention Mention, RejectionReason Reason)> rejected)
    {
        var figures = new List<Figure>();
        var skipped = new List<(NumberMention, RejectionReason)>();
        foreach (var m in NumberFinder.Find(sentence, lexicon))
        {
            if (!m.IsWhole)
            {
                continue;
            }

            var reason = FigureRules.Reject(sentence, m, lexicon) ?? (m.Value is < Smallest || m.Low is < Smallest ? RejectionReason.TooSmall : null);
            if (reason is { } r)
            {
                skipped.Add((m, r));
                continue;
            }

            if (PeopleContext.IsAboutPeople(sentence, m, lexicon, context))
            {
                figures.Add(new Figure(m, KindClassifier.Classify(sentence, m, lexicon), QualifierReader.Read(sentence, m, lexicon)));
            }
            else if (figures.Count > 0 && (Vocabulary.Rule(lexicon, Continues, Continuation()).IsMatch(Window.Before(sentence, m)) || ContinuesList(sentence, figures[^1].Mention, m, lexicon)))
            {
                figures.Add(new Figure(m, figures[^1].Kind, QualifierReader.Read(sentence, m, lexicon)));
            }
            else
            {
                skipped.Add((m, RejectionReason.NotAboutPeople));
            }
        }

        rejected = skipped;
        return figures;
    }

    private const string Continues = @"(?:\b(?:{numbers-continuation}))\s+(?:(?:{numbers-fillers})\s+)?$";

    /// <summary>
    /// A noun left out after a list ("10,000 in Moscow and 9,000 in Perm"): a number close after an
    /// accepted figure of a like size, with nothing of its own after it but a preposition or the end of a clause.
    /// </summary>
    private static bool ContinuesList(string sentence, NumberMention previous, NumberMention m, LanguageLexicon lexicon)
    {
        if (m.Start - previous.End > 120 || m.Magnitude * 100 < previous.Magnitude || m.Magnitude > previous.Magnitude * 100)
        {
            return false;
        }

        var between = sentence[previous.End..m.Start];
        return !between.AsSpan().ContainsAny("0123456789")
            && Vocabulary.Rule(lexicon, @"[,;–—]|\b(?:{numbers-list-joiners})(?!\w)").IsMatch(between)
            && Vocabulary.Rule(lexicon, @"^\s*(?:[\w-]+\s*)?(?:[.,;:)!?»""]|$)|^\s*(?:{numbers-list-tail})(?!\w)").IsMatch(Window.After(sentence, m));
    }

    [GeneratedRegex(@"(?:\bto|\b(?:up|down) from)\s+(?:just|only|merely|about|around|some|roughly|nearly|almost)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();
}
