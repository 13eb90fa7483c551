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
    /// <summary>The claims matching the search box's words; null when it has none.</summary>
    public static IQueryable<Claim>? Matching(TrackerDbContext db, string? q)
    {
        var words = TimelineQuery.SearchWords(q);
        if (words.Count == 0)
        {
            return null;
        }

        var query = string.Join(" && ", words.Select((_, i) =>
            $"(phraseto_tsquery('english'::regconfig, {{{i}}}) || phraseto_tsquery('russian'::regconfig, {{{i}}}))"));
        var sql = "SELECT * FROM \"Claims\" WHERE \"Id\" IN (SELECT \"Id\" FROM \"Claims\" WHERE \"SearchVector\" @@ (" + query + "))"
            + " OR \"ArticleId\" IN (SELECT \"Id\" FROM \"Articles\" WHERE \"SearchVector\" @@ (" + query + "))";
        return db.Claims.FromSqlRaw(sql, [.. words]);
    }
}
