using System.Globalization;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Dates;

/// <summary>
/// The claim date: a date the sentence ties to the source's act of making the claim ("reported on
/// Friday", "wrote on March 14", "in December approved", "announced ... in September 2022"),
/// resolved against the publication date and never after it; otherwise the publication date.
/// Dates of other events ("called up in September", "start in April") are not claim dates.
/// </summary>
public static partial class ClaimDateResolver
{
    private const int MaxWordsAfterVerb = 10;

    public static ClaimDate Resolve(string sentence, DateOnly published) =>
        FirstTied(sentence, published) ?? new ClaimDate(published, DatePrecision.Day);

    /// <summary>
    /// In a sentence of several clauses ("Last March the decree set 134,500, and in September Putin ordered
    /// 120,000"), the date tied to the announcement in the clause holding the figure; null when the sentence has
    /// one clause or that clause has no such date.
    /// </summary>
    public static ClaimDate? ResolveInClause(string sentence, int position, DateOnly published)
    {
        var breaks = ClauseBreak().Matches(sentence);
        if (breaks.Count == 0)
        {
            return null;
        }

        var start = 0;
        var end = sentence.Length;
        foreach (Match b in breaks)
        {
            if (b.Index + b.Length <= position)
            {
                start = b.Index + b.Length;
            }
            else if (b.Index >= position)
            {
                end = Math.Min(end, b.Index);
            }
        }

        return FirstTied(sentence[start..end], published);
    }

    private static ClaimDate? FirstTied(string sentence, DateOnly published)
    {
        foreach (Match date in DateExpression().Matches(sentence))
        {
            if (IsTiedToAnnouncement(sentence, date) && Interpret(date, published, sentence[..date.Index]) is { } resolved)
            {
                return resolved;
            }
        }

        return null;
    }

    /// <summary>An announcement verb just before the date (no comma between, at most 10 words) or right after it.</summary>
    internal static bool IsTiedToAnnouncement(string sentence, Match date)
    {
        var before = sentence[..date.Index];
        var after = sentence[(date.Index + date.Length)..];
        if (VerbRightAfter().IsMatch(after))
        {
            return true;
        }

        var verb = VerbBefore().Match(before);
        var gap = verb.Groups["gap"].Value;
        return verb.Success
            && gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsAfterVerb
            && !gap.Contains(" and ", StringComparison.Ordinal);
    }

    /// <param name="m">The date expression.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="before">The clause before the date: a year there ("in 2024, when Medvedev said in December") gives a year-less month its year.</param>
    internal static ClaimDate? Interpret(Match m, DateOnly published, string before = "")
    {
        if (m.Groups["rel"].Success)
        {
            return m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "yesterday" => new ClaimDate(published.AddDays(-1), DatePrecision.Day),
                "today" or "this week" or "earlier this week" => new ClaimDate(published, DatePrecision.Day),
                "last week" => new ClaimDate(published.AddDays(-7), DatePrecision.Day),
                "last month" => new ClaimDate(new DateOnly(published.Year, published.Month, 1).AddMonths(-1), DatePrecision.Month),
                _ => null,
            };
        }

        if (m.Groups["wd"].Success)
        {
            var weekday = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value, ignoreCase: true);
            var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
            return new ClaimDate(published.AddDays(-back), DatePrecision.Day);
        }

        var month = MonthNumber(m.Groups["mon"].Value);
        if (m.Groups["last"].Success)
        {
            var last = new DateOnly(published.Year, month, 1);
            return new ClaimDate(last >= new DateOnly(published.Year, published.Month, 1) ? last.AddYears(-1) : last, DatePrecision.Month);
        }

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : ClauseYear().Match(before) is { Success: true } y ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (m.Groups["day"].Success)
        {
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            return DayDate(year ?? published.Year, month, day, explicitYear: year is not null, published);
        }

        var first = new DateOnly(year ?? published.Year, month, 1);
        if (year is null && first > published)
        {
            first = first.AddYears(-1);
        }

        return first > published ? null : new ClaimDate(first, DatePrecision.Month);
    }

    private static ClaimDate? DayDate(int year, int month, int day, bool explicitYear, DateOnly published)
    {
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        if (!explicitYear && date > published)
        {
            date = date.AddYears(-1);
        }

        return date > published ? null : new ClaimDate(date, DatePrecision.Day);
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(MonthPrefixes, p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(@"\b(?:(?:[Oo]n\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:[Oo]n\s+)?(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*-\s*\d)(?:,?\s+(?<year>(?:19|20)\d{2})\b)?|(?:[Oo]n\s+)?(?<day>\d{1,2})\s+(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>(?:19|20)\d{2}))?\b|[Ii]n\s+(?:early\s+|late\s+|mid-)?(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)(?!-)(?:\s+(?<year>(?:19|20)\d{2}))?\b|(?<last>[Ll]ast)\s+(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)|(?<rel>yesterday|today|last week|last month|earlier this week|this week))")]
    private static partial Regex DateExpression();

    [GeneratedRegex(@"^\s*,?\s*(?:[\w'-]+\s+){0,4}?(?:reported|said|says|wrote|told|announced|approved|stated|claimed|declared|ordered|signed|confirmed|published|revealed|estimated|warned|decreed|unveiled|proposed|set(?!\s+to\b)|put)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VerbRightAfter();

    [GeneratedRegex(@"\b(?:reported|said|says|wrote|told|announced|approved|stated|claimed|declared|ordered|signed|confirmed|published|revealed|estimated|warned|decreed|unveiled|proposed|set(?!\s+to\b)|put)\b(?<gap>(?:[^,;]|,(?=\d))*?)$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    /// <summary>Where one clause of a sentence ends and the next begins.</summary>
    [GeneratedRegex(@",\s+(?:and|but|while|whereas)\s+|;\s+")]
    private static partial Regex ClauseBreak();

    /// <summary>"in 2024, when ..." shortly before a year-less month: the when-clause happens in that year.</summary>
    [GeneratedRegex(@"\bin\s+(?<y>(?:19|20)\d{2}),?\s+when\b[^.;]{0,60}$")]
    private static partial Regex ClauseYear();
}
