using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Data.PostgreSql;

/// <summary>
/// The timeline's <c>q</c> on PostgreSQL: every word must match, each as a phrase
/// (<c>phraseto_tsquery</c>, so "400,000" is 400 followed by 000, as on SQLite) in English or Russian
/// stems, in a claim's evidence or its article's title and text. The stored vectors hold both stems
/// (<see cref="PostgreSqlSchema"/>), so word forms need no lookup here; PostgreSQL plans the
/// rare-or-common choice that <see cref="ClaimSearch"/> makes for SQLite.
/// </summary>
internal static class PostgreSqlSearch
{
    /// <summary>
    /// The claims matching the search box's words; null when it has none. A common match
    /// (<see cref="ClaimFilter.SearchIsCommon"/>, from <see cref="PrepareAsync"/>) is checked claim by
    /// claim, so PostgreSQL can walk the timeline's date index and stop at the page (the article's vector
    /// is a scalar subquery by key: as EXISTS, PostgreSQL hashed every matching article first, a scan
    /// of every article's vector); a rare one is read from the GIN indexes and sorted (few rows). The
    /// OR of two IN lists alone made PostgreSQL read and sort every match of a common word (3.3 s at
    /// 100,000 claims).
    /// </summary>
    public static IQueryable<Claim>? Matching(TrackerDbContext db, string? q, bool common)
    {
        var words = TimelineQuery.SearchWords(q);
        if (words.Count == 0)
        {
            return null;
        }

        var query = Query(words.Count);
        var sql = common
            ? "SELECT * FROM \"Claims\" AS c WHERE c.\"SearchVector\" @@ (" + query + ")"
              + " OR (SELECT a.\"SearchVector\" FROM \"Articles\" AS a WHERE a.\"Id\" = c.\"ArticleId\") @@ (" + query + ")"
            : "SELECT * FROM \"Claims\" WHERE \"Id\" IN (SELECT \"Id\" FROM \"Claims\" WHERE \"SearchVector\" @@ (" + query + "))"
              + " OR \"ArticleId\" IN (SELECT \"Id\" FROM \"Articles\" WHERE \"SearchVector\" @@ (" + query + "))";
        return db.Claims.FromSqlRaw(sql, [.. words]);
    }

    /// <summary>
    /// The filter with <see cref="ClaimFilter.SearchIsCommon"/> set: whether its words match at least
    /// <see cref="ClaimSearch.CommonMatches"/> claims (counted up to that, through the GIN indexes;
    /// cached per set of words like SQLite's word forms).
    /// </summary>
    public static async Task<ClaimFilter> PrepareAsync(TrackerDbContext db, ClaimFilter filter, CancellationToken ct)
    {
        var words = TimelineQuery.SearchWords(filter.Q);
        if (words.Count == 0)
        {
            return filter;
        }

        var counted = await ReadModelCache.GetAsync(db, "pg-search:" + string.Join(' ', words), async () =>
        {
            var query = Query(words.Count);
            var limit = ClaimSearch.CommonMatches.ToString(CultureInfo.InvariantCulture);
            // The words are parameters ({0}..); only our own query text and the limit are concatenated.
            var claimCount = "SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM \"Claims\" WHERE \"SearchVector\" @@ (" + query + ") LIMIT " + limit + ") AS m";
            var articleCount = "SELECT count(*)::int AS \"Value\" FROM \"Claims\" WHERE \"ArticleId\" IN (SELECT \"Id\" FROM \"Articles\" WHERE \"SearchVector\" @@ (" + query + ") LIMIT " + limit + ")";
            var claims = await db.Database.SqlQueryRaw<int>(claimCount, [.. words]).SingleAsync(ct);
            var articleClaims = claims >= ClaimSearch.CommonMatches ? 0 : await db.Database.SqlQueryRaw<int>(articleCount, [.. words]).SingleAsync(ct);
            return new Counted(claims + articleClaims >= ClaimSearch.CommonMatches);
        });
        return filter with { SearchIsCommon = counted.Common };
    }

    /// <summary>A set of words' common-or-rare verdict, as the cache keeps it (its values are reference types).</summary>
    private sealed record Counted(bool Common);

    /// <summary>The tsquery of the words {0}..{n-1}: all of them, each as a phrase in English or Russian stems.</summary>
    private static string Query(int words) =>
        string.Join(" && ", Enumerable.Range(0, words).Select(i =>
            $"(phraseto_tsquery('english'::regconfig, {{{i}}}) || phraseto_tsquery('russian'::regconfig, {{{i}}}))"));
}
