using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// The one query builder behind the timeline, the compare view, the exports and the API: the same
/// filter gives the same rows everywhere. Paging is keyset on (ClaimDate, Id); never OFFSET.
/// </summary>
public static class TimelineQuery
{
    public const int PageSize = 50;

    /// <summary>Applies the filter to claims. Full-text search uses the FTS5 tables of the FullTextSearch migration.</summary>
    public static IQueryable<Claim> Filter(TrackerDbContext db, ClaimFilter filter)
    {
        var claims = db.Claims.AsNoTracking();
        if (filter.From is { } from)
        {
            claims = claims.Where(c => c.ClaimDate >= from);
        }

        if (filter.To is { } to)
        {
            claims = claims.Where(c => c.ClaimDate <= to);
        }

        if (filter.Regions.Count > 0)
        {
            // The join table alone (its key is ClaimId, RegionCode): no join to Regions per claim.
            var codes = filter.Regions.ToList();
            var claimRegions = db.Set<Dictionary<string, object>>("ClaimRegions");
            claims = claims.Where(c => claimRegions.Any(cr =>
                EF.Property<int>(cr, "ClaimId") == c.Id && codes.Contains(EF.Property<string>(cr, "RegionCode"))));
        }

        if (!string.IsNullOrEmpty(filter.Source))
        {
            var source = filter.Source;
            claims = claims.Where(c => c.Source!.Name == source);
        }

        if (!string.IsNullOrEmpty(filter.Outlet))
        {
            var outlet = filter.Outlet;
            claims = claims.Where(c => c.Article!.Outlet == outlet);
        }

        if (filter.Kind is { } kind)
        {
            claims = claims.Where(c => c.Kind == kind);
        }

        if (filter.Denied is { } denied)
        {
            claims = claims.Where(c => c.Denied == denied);
        }

        // A range claim matches min/max when any part of it is inside: high >= min, low <= max.
        if (filter.Min is { } min)
        {
            claims = claims.Where(c => (c.Figure ?? c.High ?? c.Low) >= min);
        }

        if (filter.Max is { } max)
        {
            claims = claims.Where(c => (c.Figure ?? c.Low ?? c.High) <= max);
        }

        if (FtsQuery(filter.Q) is { } match)
        {
            var claimHits = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM ClaimSearch WHERE ClaimSearch MATCH {match}");
            var articleHits = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM ArticleSearch WHERE ArticleSearch MATCH {match}");
            claims = claims.Where(c => claimHits.Contains(c.Id) || articleHits.Contains(c.ArticleId));
        }

        return claims;
    }

    /// <summary>Newest first (or oldest first), with the keyset cursor applied.</summary>
    public static IQueryable<Claim> Ordered(IQueryable<Claim> claims, bool ascending, Cursor? after)
    {
        if (after is { } a)
        {
            var (d, id) = (a.ClaimDate, a.Id);
            claims = ascending
                ? claims.Where(c => c.ClaimDate > d || (c.ClaimDate == d && c.Id > id))
                : claims.Where(c => c.ClaimDate < d || (c.ClaimDate == d && c.Id < id));
        }

        return ascending
            ? claims.OrderBy(c => c.ClaimDate).ThenBy(c => c.Id)
            : claims.OrderByDescending(c => c.ClaimDate).ThenByDescending(c => c.Id);
    }

    /// <summary>
    /// Rows with source and article metadata in one SQL statement; region codes are left null and
    /// filled by <see cref="WithRegionsAsync"/> in one batched query per page or chunk (EF cannot
    /// translate string.Join over the many-to-many, and its client-side fallback joins every
    /// ClaimRegions row: 150 ms at 100k claims).
    /// </summary>
    public static IQueryable<ClaimRow> Rows(IQueryable<Claim> claims) =>
        claims.Select(c => new ClaimRow(
            c.Id,
            c.Figure,
            c.Low,
            c.High,
            c.Qualifier,
            c.Kind,
            c.Source!.Name,
            c.ClaimDate,
            c.ClaimDatePrecision,
            null,
            c.Denied,
            c.DeniedBy,
            c.Evidence,
            c.ArticleId,
            c.Article!.Outlet,
            c.Article.Title,
            c.Article.Url,
            c.Article.Published));

    /// <summary>One page of rows after the cursor, plus whether there is a next one.</summary>
    public static async Task<(IReadOnlyList<ClaimRow> Rows, bool HasMore)> PageAsync(
        TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor? after, int pageSize, CancellationToken ct)
    {
        var rows = await Rows(Ordered(Filter(db, filter), ascending, after)).Take(pageSize + 1).ToListAsync(ct);
        var hasMore = rows.Count > pageSize;
        return (await WithRegionsAsync(db, hasMore ? rows[..pageSize] : rows, ct), hasMore);
    }

    /// <summary>The page before a cursor: the reverse order, reversed back.</summary>
    public static async Task<(IReadOnlyList<ClaimRow> Rows, bool HasMore)> PageBeforeAsync(
        TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor before, int pageSize, CancellationToken ct)
    {
        var rows = await Rows(Ordered(Filter(db, filter), !ascending, before)).Take(pageSize + 1).ToListAsync(ct);
        var hasMore = rows.Count > pageSize;
        var page = (hasMore ? rows[..pageSize] : rows).AsEnumerable().Reverse().ToList();
        return (await WithRegionsAsync(db, page, ct), hasMore);
    }

    /// <summary>The rows with their region codes, read in one query for all of them.</summary>
    public static async Task<IReadOnlyList<ClaimRow>> WithRegionsAsync(TrackerDbContext db, IReadOnlyList<ClaimRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = rows.Select(r => r.ClaimId).ToList();
        var pairs = await db.Claims.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .SelectMany(c => c.Regions, (c, r) => new { c.Id, r.Code })
            .ToListAsync(ct);
        var byClaim = pairs.ToLookup(p => p.Id, p => p.Code);
        return rows.Select(r => r with { RegionCodes = string.Join(";", byClaim[r.ClaimId].Order(StringComparer.Ordinal)) }).ToList();
    }

    /// <summary>
    /// Every matching row, oldest first, for the exports: read in keyset chunks of
    /// <see cref="ChunkSize"/> with their regions, so memory stays flat whatever the count.
    /// </summary>
    public static async IAsyncEnumerable<ClaimRow> StreamAsync(
        TrackerDbContext db, ClaimFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        Cursor? after = null;
        while (true)
        {
            var chunk = await Rows(Ordered(Filter(db, filter), ascending: true, after)).Take(ChunkSize).ToListAsync(ct);
            foreach (var row in await WithRegionsAsync(db, chunk, ct))
            {
                yield return row;
            }

            if (chunk.Count < ChunkSize)
            {
                yield break;
            }

            after = Cursor.Of(chunk[^1]);
        }
    }

    public const int ChunkSize = 1000;

    /// <summary>
    /// Turns the user's words into an FTS5 query: each word quoted as a phrase (so punctuation and
    /// operators are literal: "400,000" is the phrase 400 000), all words required. Null when there are no words.
    /// </summary>
    public static string? FtsQuery(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return null;
        }

        var words = q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetterOrDigit))
            .Take(10)
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        return string.Join(" ", words.Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));
    }

    /// <summary>A keyset position: claim date and id, written "2023-03-14_42".</summary>
    public readonly record struct Cursor(DateOnly ClaimDate, int Id)
    {
        public override string ToString() =>
            ClaimDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "_" + Id.ToString(CultureInfo.InvariantCulture);

        public static Cursor? Parse(string? text)
        {
            var parts = text?.Split('_');
            if (parts is { Length: 2 }
                && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return new Cursor(d, id);
            }

            return null;
        }

        public static Cursor Of(ClaimRow row) => new(row.ClaimDate, row.ClaimId);
    }
}
