using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// Turns the search box into an FTS5 query that finds every form of each word: the word's Snowball
/// stem (<see cref="WordStems"/>) is compared with the terms the index holds (read from the
/// fts5vocab tables ArticleSearchVocab and ClaimSearchVocab), and the word becomes the OR of the
/// terms with the same stem. The index itself stays as it is (unicode61 tokens), so no text is
/// stemmed on write and existing databases need no rebuild. Also decides whether the match is
/// common (see <see cref="TimelineQuery"/>). Both are cached (<see cref="ReadModelCache"/>).
/// SQLite only: PostgreSQL's vectors hold the stems themselves (<see cref="PostgreSqlSearch"/>).
/// </summary>
public static class ClaimSearch
{
    /// <summary>A match with at least this many claims (counted up to it) is common: the page checks claims in order.</summary>
    public const int CommonMatches = 5000;

    /// <summary>At most this many word forms per word.</summary>
    public const int MaxForms = 40;

    private sealed record Prepared(string Match, bool Common);

    /// <summary>The filter with <see cref="ClaimFilter.SearchMatch"/> and <see cref="ClaimFilter.SearchIsCommon"/> set (unchanged without q).</summary>
    public static async Task<ClaimFilter> PrepareAsync(TrackerDbContext db, ClaimFilter filter, CancellationToken ct)
    {
        if (filter.SearchMatch is not null || db is PostgreSqlTrackerDbContext)
        {
            return filter;
        }

        var words = TimelineQuery.SearchWords(filter.Q);
        if (words.Count == 0)
        {
            return filter;
        }

        var prepared = await ReadModelCache.GetAsync(db, "search:" + string.Join(' ', words), async () =>
        {
            var groups = new List<string>();
            foreach (var word in words)
            {
                groups.Add(await WordFormsAsync(db, word, ct));
            }

            // Explicit AND: FTS5 refuses an implicit AND after a parenthesised OR group ("(a OR b) (c OR d)").
            var match = string.Join(" AND ", groups);
            return new Prepared(match, await CountAsync(db, match, ct) >= CommonMatches);
        });
        return filter with { SearchMatch = prepared.Match, SearchIsCommon = prepared.Common };
    }

    /// <summary>One word as FTS5 syntax: ("form1" OR "form2" ...), or the quoted word when it has no stem (numbers, mixed scripts).</summary>
    private static async Task<string> WordFormsAsync(TrackerDbContext db, string word, CancellationToken ct)
    {
        var folded = WordStems.Fold(word);
        var stem = WordStems.Stem(folded);
        if (!folded.All(char.IsLetter) || stem.Length < 3)
        {
            return Quote(word);
        }

        // Every form of the stem starts with it less its last letter (English "army" is stemmed "armi").
        var prefix = stem[..^1];
        var upper = prefix + '\uffff';
        var terms = await db.Database.SqlQuery<string>($"""
            SELECT term AS "Value" FROM ArticleSearchVocab WHERE term >= {prefix} AND term < {upper}
            UNION SELECT term FROM ClaimSearchVocab WHERE term >= {prefix} AND term < {upper}
            """).ToListAsync(ct);
        var forms = terms.Where(t => WordStems.Stem(t) == stem).Append(folded).Distinct(StringComparer.Ordinal).Take(MaxForms).ToList();
        return forms.Count == 1 ? Quote(forms[0]) : "(" + string.Join(" OR ", forms.Select(Quote)) + ")";
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
