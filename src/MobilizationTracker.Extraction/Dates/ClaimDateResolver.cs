using System.Globalization;
using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Dates;

/// <summary>
/// The claim date: a date the sentence ties to the source's act of making the claim ("reported on
/// Friday", "wrote on March 14", "in December approved", "announced ... in September 2022", «заявил 14 марта»,
/// «в декабре 2022 года министр сказал»), resolved against the publication date and never after it; otherwise the
/// publication date. Dates of other events ("called up in September", "start in April") are not claim dates.
/// A season or a year alone («осенью 2022 года», «в прошлом году») is no date: the publication date stands (spec rule 17).
/// The words are the language's <c>months.txt</c> and <c>dates-*.txt</c>.
/// </summary>
public static class ClaimDateResolver
{
    private const int MaxWordsAfterVerb = 10;

    /// <summary>How many words may stand between a date and the verb after it («в декабре министр обороны страны Сергей Шойгу сказал»).</summary>
    private const int MaxWordsBeforeVerb = 5;

    private const string Year = @"(?:19|20)\d{2}";

    private const string DateTemplate =
        @"\b(?:(?:(?:{dates-on})\s+)?(?-i:(?<wd>{weekdays}))\b"
        + @"|(?:(?:{dates-on})\s+)?(?-i:(?<mon>{months}|{dates-month-abbreviations}))\s+(?<day>\d{1,2})(?:{dates-ordinal-suffixes})?\b(?!\s*-\s*\d)(?:,?\s+(?<year>" + Year + @")\b)?"
        + @"|(?:(?:{dates-on})\s+)?(?<day>\d{1,2})\s+(?-i:(?<mon>{months}))(?:\s+(?<year>" + Year + @")(?:\s+(?:{dates-year-words}))?)?\b"
        + @"|(?:{dates-in})\s+(?:(?:{dates-month-modifiers})\s*)?(?-i:(?<mon>{months}))(?!-)(?:\s+(?:(?<year>" + Year + @")(?:\s+(?:{dates-year-words}))?|(?<prev>{dates-previous-year})))?\b"
        + @"|(?<last>{dates-last})\s+(?-i:(?<mon>{months}))\b(?!\s+\d)"
        + @"|(?<rel>{dates-relative}))";

    private const string Verb = @"(?!(?:{dates-verb-exceptions})\b)(?:{dates-announcement-verbs})\b";

    public static ClaimDate Resolve(string sentence, DateOnly published) => Resolve(sentence, published, LanguageLexicon.English);

    public static ClaimDate Resolve(string sentence, DateOnly published, LanguageLexicon lexicon) =>
        FirstTied(sentence, published, lexicon) ?? new ClaimDate(published, DatePrecision.Day);

    public static ClaimDate? ResolveInClause(string sentence, int position, DateOnly published) =>
        ResolveInClause(sentence, position, published, LanguageLexicon.English);

    /// <summary>
    /// In a sentence of several clauses ("Last March the decree set 134,500, and in September Putin ordered
    /// 120,000"), the date tied to the announcement in the clause holding the figure; null when the sentence has
    /// one clause or that clause has no such date.
    /// </summary>
    public static ClaimDate? ResolveInClause(string sentence, int position, DateOnly published, LanguageLexicon lexicon)
    {
        var breaks = lexicon.Pattern(@",\s+(?:{dates-clause-joiners})\s+|;\s+").Matches(sentence);
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

        return FirstTied(sentence[start..end], published, lexicon);
    }

    private static ClaimDate? FirstTied(string sentence, DateOnly published, LanguageLexicon lexicon)
    {
        foreach (Match date in lexicon.Pattern(DateTemplate).Matches(sentence))
        {
            if (IsTiedToAnnouncement(sentence, date, lexicon) && Interpret(date, published, lexicon, sentence[..date.Index]) is { } resolved)
            {
                return resolved;
            }
        }

        return null;
    }

    /// <summary>An announcement verb just before the date (no comma between, at most 10 words) or right after it.</summary>
    internal static bool IsTiedToAnnouncement(string sentence, Match date, LanguageLexicon lexicon)
    {
        var before = sentence[..date.Index];
        var after = sentence[(date.Index + date.Length)..];
        if (lexicon.Pattern(@"^\s*,?\s*(?:[\w'-]+\s+){0," + MaxWordsBeforeVerb + "}?" + Verb).IsMatch(after))
        {
            return true;
        }

        var verb = lexicon.Pattern(@"\b" + Verb + @"(?<gap>(?:[^,;]|,(?=\d))*?)$").Match(before);
        var gap = verb.Groups["gap"].Value;
        return verb.Success
            && gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsAfterVerb
            && !lexicon.Pattern(@"\s(?:{dates-gap-words})\s").IsMatch(gap);
    }

    /// <param name="m">The date expression.</param>
    /// <param name="published">The publication date.</param>
    /// <param name="lexicon">The article language's vocabulary.</param>
    /// <param name="before">The clause before the date: a year there ("in 2024, when Medvedev said in December") gives a year-less month its year.</param>
    internal static ClaimDate? Interpret(Match m, DateOnly published, LanguageLexicon lexicon, string before = "")
    {
        if (m.Groups["rel"].Success)
        {
            return Relative(lexicon.ValueOf("dates-relative", m.Groups["rel"].Value), published);
        }

        if (m.Groups["wd"].Success)
        {
            var weekday = int.Parse(lexicon.ValueOf("weekdays", m.Groups["wd"].Value) ?? "0", CultureInfo.InvariantCulture);
            var back = ((int)published.DayOfWeek - weekday + 7) % 7;
            return new ClaimDate(published.AddDays(-back), DatePrecision.Day);
        }

        var month = (lexicon.ValueOf("months", m.Groups["mon"].Value) ?? lexicon.ValueOf("dates-month-abbreviations", m.Groups["mon"].Value)) is { } number
            ? int.Parse(number, CultureInfo.InvariantCulture)
            : 0;
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (m.Groups["last"].Success)
        {
            var last = new DateOnly(published.Year, month, 1);
            return new ClaimDate(last >= new DateOnly(published.Year, published.Month, 1) ? last.AddYears(-1) : last, DatePrecision.Month);
        }

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : m.Groups["prev"].Success ? published.Year - 1
            : lexicon.Pattern(@"\b(?:{dates-in})\s+(?<y>" + Year + @")(?:\s+(?:{dates-year-words}))?,?\s+(?:{dates-when})\b[^.;]{0,60}$").Match(before) is { Success: true } y
                ? int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture)
                : null;
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

    /// <summary>A relative date's value from dates-relative.txt: "1d" a day back, "7d" a week, "1m" the month before (month precision).</summary>
    private static ClaimDate? Relative(string? value, DateOnly published)
    {
        if (value is not { Length: >= 2 } || !int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var back))
        {
            return null;
        }

        return value[^1] switch
        {
            'd' => new ClaimDate(published.AddDays(-back), DatePrecision.Day),
            'm' => new ClaimDate(new DateOnly(published.Year, published.Month, 1).AddMonths(-back), DatePrecision.Month),
            _ => null,
        };
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
}
