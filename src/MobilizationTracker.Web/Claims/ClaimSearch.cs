using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// Turns the search box into an FTS5 query that finds every form of each word: the word's Snowball
/// stem (<see cref="WordStems"/>) is compared with the terms the index holds (read from the
/// fts5vocab tables ArticleSearchVocab and ClaimSearchVocab), and the word becomes the OR of the
/// terms with the same stem. The index itself stays as it is (unicode61 tokens), so no text is
/// stemmed on write and existing databases need no rebuild. The same words also become a query of
/// the date-ordered index TimelineSearch (migration TimelineSearch: per claim its evidence and its
/// article's words, rowid the timeline's sort key), which walks the matches in the page's order and
/// stops at the page. Both are cached (<see cref="ReadModelCache"/>).
/// On PostgreSQL the stored vectors hold the stems themselves, so only the common-or-rare choice is made, by <see cref="PostgreSqlSearch.PrepareAsync"/>.
/// </summary>
public static class ClaimSearch
{
    /// <summary>
    /// Without the date-ordered index (a word of several tokens), a match with at least this many
    /// claims (counted up to it) is common: the page checks claims in order.
    /// </summary>
    public const int CommonMatches = 5000;

    /// <summary>At most this many word forms per word.</summary>
    public const int MaxForms = 40;

    private sealed record Prepared(string Match, string? TimelineMatch, bool Common);

    /// <summary>
    /// The filter with <see cref="ClaimFilter.SearchMatch"/>, <see cref="ClaimFilter.TimelineMatch"/> and
    /// <see cref="ClaimFilter.SearchIsCommon"/> set (unchanged without q).
    /// </summary>
    public static async Task<ClaimFilter> PrepareAsync(TrackerDbContext db, ClaimFilter filter, CancellationToken ct)
    {
        if (filter.SearchMatch is not null)
        {
            return filter;
        }

        if (db is PostgreSqlTrackerDbContext)
        {
            return await PostgreSqlSearch.PrepareAsync(db, filter, ct);
        }

        var words = TimelineQuery.SearchWords(filter.Q);
        if (words.Count == 0)
        {
            return filter;
        }

        var prepared = await ReadModelCache.GetAsync(db, "search:" + string.Join(' ', words), async () =>
        {
            var groups = new List<List<string>>();
            foreach (var word in words)
            {
                groups.Add(await WordFormsAsync(db, word, ct));
            }

            // Explicit AND: FTS5 refuses an implicit AND after a parenthesised OR group ("(a OR b) (c OR d)").
            var match = string.Join(" AND ", groups.Select(Group));
            if (groups.All(forms => forms.All(IsOneToken)))
            {
                // Every form is one token: the date-ordered index answers, in the page's order (no count needed).
                // Several words must all be in the evidence or all in the article; one word in either
                // column is the plain match, which FTS5 reads a third faster than the two column filters.
                var timeline = groups.Count == 1 ? match : $"{{Evidence}} : ({match}) OR {{Article}} : ({match})";
                return new Prepared(match, timeline, Common: false);
            }

            return new Prepared(match, null, await CountAsync(db, match, ct) >= CommonMatches);
        });
        return filter with { SearchMatch = prepared.Match, TimelineMatch = prepared.TimelineMatch, SearchIsCommon = prepared.Common };
    }

    /// <summary>One word's forms as FTS5 syntax: ("form1" OR "form2" ...), or the quoted form when there is one.</summary>
    private static string Group(List<string> forms) =>
        forms.Count == 1 ? Quote(forms[0]) : "(" + string.Join(" OR ", forms.Select(Quote)) + ")";

    /// <summary>
    /// Whether the FTS5 tokenizer (unicode61) makes one token of the word: letters and digits with at
    /// most leading or trailing punctuation. "400,000" is two tokens, a phrase, which the date-ordered
    /// index (detail=column) cannot match; such a search uses the ArticleSearch and ClaimSearch tables.
    /// </summary>
    private static bool IsOneToken(string word)
    {
        var tokens = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetterOrDigit(word[i]) && (i == 0 || !char.IsLetterOrDigit(word[i - 1])))
            {
                tokens++;
            }
        }

        return tokens == 1;
    }

    /// <summary>The forms of one word found in the index, or the word itself when it has no stem (numbers, mixed scripts).</summary>
    private static async Task<List<string>> WordFormsAsync(TrackerDbContext db, string word, CancellationToken ct)
    {
        var folded = WordStems.Fold(word);
        var stem = WordStems.Stem(folded);
        if (!folded.All(char.IsLetter) || stem.Length < 3)
        {
            return [word];
        }

        // Every form of the stem starts with it less its last letter (English "army" is stemmed "armi").
        var prefix = stem[..^1];
        var upper = prefix + '\uffff';
        var terms = await db.Database.SqlQuery<string>($"""
            SELECT term AS "Value" FROM ArticleSearchVocab WHERE term >= {prefix} AND term < {upper}
            UNION SELECT term FROM ClaimSearchVocab WHERE term >= {prefix} AND term < {upper}
            """).ToListAsync(ct);
        return terms.Where(t => WordStems.Stem(t) == stem).Append(folded).Distinct(StringComparer.Ordinal).Take(MaxForms).ToList();
    }

    /// <summary>Claims matching, counted up to <see cref="CommonMatches"/> (an article match counts for each of its claims).</summary>
    private static async Task<int> CountAsync(TrackerDbContext db, string match, CancellationToken ct)
    {
        var claims = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM (SELECT 1 FROM ClaimSearch WHERE ClaimSearch MATCH {match} LIMIT {CommonMatches})
            """).SingleAsync(ct);
        var articleClaims = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM Claims
            WHERE ArticleId IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {match} LIMIT {CommonMatches})
            """).SingleAsync(ct);
        return claims + articleClaims;
    }

    private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"") + "\"";
}
