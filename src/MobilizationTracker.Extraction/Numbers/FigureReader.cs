using System.Text.RegularExpressions;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// The figures of one sentence: every number, minus those a named rule rejects, kept when it counts
/// people being recruited — or when it continues an accepted figure ("from 500-600 people per day
/// to just 20-30", "by 350 thousand people, up to 1.5 million").
/// </summary>
public static partial class FigureReader
{
    private const long Smallest = 10;

    public static IReadOnlyList<Figure> Read(string sentence, string context = "") => Read(sentence, context, out _);

    /// <param name="sentence">The sentence to read.</param>
    /// <param name="context">The sentence before it (a rate restated as "That is 30,000 people a month").</param>
    /// <param name="rejected">The numbers left out, with the rule that left each out.</param>
    public static IReadOnlyList<Figure> Read(string sentence, string context, out IReadOnlyList<(NumberMention Mention, RejectionReason Reason)> rejected)
    {
        var figures = new List<Figure>();
        var skipped = new List<(NumberMention, RejectionReason)>();
        foreach (var m in NumberFinder.Find(sentence))
        {
            if (!m.IsWhole)
            {
                continue;
            }

            var reason = FigureRules.Reject(sentence, m) ?? (m.Value is < Smallest || m.Low is < Smallest ? RejectionReason.TooSmall : null);
            if (reason is { } r)
            {
                skipped.Add((m, r));
                continue;
            }

            if (PeopleContext.IsAboutPeople(sentence, m, context))
            {
                figures.Add(new Figure(m, KindClassifier.Classify(sentence, m), QualifierReader.Read(sentence, m)));
            }
            else if (figures.Count > 0 && Continuation().IsMatch(Window.Before(sentence, m)))
            {
                figures.Add(new Figure(m, figures[^1].Kind, QualifierReader.Read(sentence, m)));
            }
            else
            {
                skipped.Add((m, RejectionReason.NotAboutPeople));
            }
        }

        rejected = skipped;
        return figures;
    }

    [GeneratedRegex(@"(?:\bto|\b(?:up|down) from)\s+(?:just|only|merely|about|around|some|roughly|nearly|almost)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();
}
