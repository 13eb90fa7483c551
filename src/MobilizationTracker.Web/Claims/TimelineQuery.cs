using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// The one query builder behind the timeline, the compare view, the exports and the API: the same
/// filter gives the same rows everywhere. Paging is keyset on (ClaimDate, Id); never OFFSET.
/// </summary>
public static class TimelineQuery
{
    public const int PageSize = 50;

    /// <summary>
    /// Applies the filter to claims. Full-text search uses the FTS5 tables of the FullTextSearch
    /// migration with the word forms <see cref="ClaimSearch"/> found for <see cref="ClaimFilter.Q"/>
    /// (pass a filter from <see cref="ClaimSearch.PrepareAsync"/>; without it only the exact forms match).
    /// </summary>
    public static IQueryable<Claim> Filter(TrackerDbContext db, ClaimFilter filter) => Filter(db, filter, regions: true);

    private static IQueryable<Claim> Filter(TrackerDbContext db, ClaimFilter filter, bool regions)
    {
        var claims = Search(db, filter).AsNoTracking();
        if (regions && filter.Regions.Count > 0)
        {
            var codes = filter.Regions.ToList();
            claims = claims.Where(c => db.Set<ClaimRegion>().Any(cr => cr.ClaimId == c.Id && codes.Contains(cr.RegionCode)));
        }

        var (from, to, source, outlet, kind, denied, min, max) = MatchValues(filter);
        return claims.Where(InlineInvocations.Apply<Func<Claim, bool>>(c => Matches.Invoke(c, c.Source!, from, to, source, outlet, kind, denied, min, max)));
    }

    /// <summary>The filter's values for <see cref="Matches"/>, in its order: an empty source or outlet (a form's "any") is unset, null.</summary>
    internal static (DateOnly? From, DateOnly? To, string? Source, string? Outlet, ClaimKind? Kind, bool? Denied, int? Min, int? Max) MatchValues(ClaimFilter filter) =>
        (filter.From, filter.To, NullIfEmpty(filter.Source), NullIfEmpty(filter.Outlet), filter.Kind, filter.Denied, filter.Min, filter.Max);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>
    /// The filter's conditions on a claim besides regions and search, each true when its value is
    /// null (unset). EF Core leaves out a condition whose null parameter makes it true, so the SQL has
    /// only the set filters' conditions and the matching index serves it. Used by <see cref="Filter(TrackerDbContext, ClaimFilter)"/>
    /// and by the compiled page queries (<see cref="CompiledPages"/>), through <see cref="InlineInvocations"/>.
    /// The claim's source is a parameter: the LINQ path passes the navigation, the compiled pages
    /// the source they join themselves (one join of Sources, not two).
    /// </summary>
    internal static readonly Expression<Func<Claim, Source, DateOnly?, DateOnly?, string?, string?, ClaimKind?, bool?, int?, int?, bool>> Matches =
        (c, s, from, to, source, outlet, kind, denied, min, max) =>
            (from == null || c.ClaimDate >= from)
            && (to == null || c.ClaimDate <= to)
            && (source == null || s.Name == source)
            && (outlet == null || c.Outlet == outlet)
            && (kind == null || c.Kind == kind)
            && (denied == null || c.Denied == denied)
            // A range claim matches min/max when any part of it is inside: its largest value >= min, its smallest <= max.
            && (min == null || c.MaxValue >= min)
            && (max == null || c.MinValue <= max);

    /// <summary>
    /// The claims matching q in their evidence or their article. With the date-ordered index
    /// (<see cref="ClaimFilter.TimelineMatch"/>) the matches are its rows; without it (a word of several
    /// tokens) a common match is checked claim by claim in the page's order (an FTS5 lookup by rowid), a
    /// rare one is read from the FTS indexes and sorted (few rows).
    /// </summary>
    private static IQueryable<Claim> Search(TrackerDbContext db, ClaimFilter filter)
    {
        if (db is PostgreSqlTrackerDbContext)
        {
            return PostgreSqlSearch.Matching(db, filter.Q, filter.SearchIsCommon) ?? db.Claims;
        }

        if (filter.TimelineMatch is { } timeline)
        {
            return db.Claims.FromSqlInterpolated($"""
                SELECT * FROM Claims
                WHERE Id IN (SELECT rowid & 4294967295 FROM TimelineSearch WHERE TimelineSearch MATCH {timeline})
                """);
        }

        var match = filter.SearchMatch ?? FtsQuery(filter.Q);
        if (match is null)
        {
            return db.Claims;
        }

        return filter.SearchIsCommon
            ? db.Claims.FromSqlInterpolated($"""
                SELECT * FROM Claims AS c
                WHERE EXISTS (SELECT 1 FROM ClaimSearch WHERE ClaimSearch MATCH {match} AND rowid = c.Id)
                   OR EXISTS (SELECT 1 FROM ArticleSearch WHERE ArticleSearch MATCH {match} AND rowid = c.ArticleId)
                """)
            : db.Claims.FromSqlInterpolated($"""
                SELECT * FROM Claims
                WHERE Id IN (SELECT rowid FROM ClaimSearch WHERE ClaimSearch MATCH {match})
                   OR ArticleId IN (SELECT rowid FROM ArticleSearch WHERE ArticleSearch MATCH {match})
                """);
    }

    /// <summary>
    /// The sort key of the date-ordered search index TimelineSearch: the claim date's day number
    /// (days since 0001-01-01) times 2^32, plus the claim id. The migration's triggers compute the
    /// same from ClaimDate with julianday.
    /// </summary>
    public static long SortKey(DateOnly claimDate, int id) => ((long)claimDate.DayNumber << 32) + id;

    /// <summary>
    /// The filtered claims in timeline order after the cursor, as rows. With one region the query
    /// walks that region's (RegionCode, ClaimDate, ClaimId) index, so it reads only the page's rows.
    /// </summary>
    public static IQueryable<ClaimRow> OrderedRows(TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor? after) =>
        Rows(Keyed(db, filter, ascending, after).Select(k => k.Claim));

    /// <summary>
    /// The first <paramref name="limit"/> rows of <see cref="OrderedRows"/>. With several regions each
    /// region's index is walked for at most that many claims and the union is sorted and cut again, so
    /// the page reads about limit × regions index entries however many claims the regions have.
    /// </summary>
    public static IQueryable<ClaimRow> FirstRows(TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor? after, int limit, bool full = true) =>
        Joined(db, FirstKeyed(db, filter, ascending, after, limit), full).Take(limit);

    /// <summary>
    /// The ordered claims as rows, their article and source joined before the caller's limit: joined
    /// after it (a navigation read only in the projection), the page is a subquery SQLite materialises
    /// and sorts again (<see cref="JoinedRowShape"/>).
    /// </summary>
    private static IQueryable<ClaimRow> Joined(TrackerDbContext db, IQueryable<KeyedClaim> ordered, bool full) =>
        ordered
            .Join(db.Articles.AsNoTracking(), k => k.Claim.ArticleId + ClaimsOutside, a => a.Id, (k, a) => new { k.Claim, Article = a })
            .Join(db.Sources.AsNoTracking(), x => x.Claim.SourceId, s => s.Id, (x, s) => new JoinedClaim { Claim = x.Claim, Article = x.Article, Source = s })
            .Select(full ? JoinedClaimRow : JoinedClaimList);

    /// <summary>
    /// Added to the claim's ArticleId in the join with Articles (<c>c.ArticleId + 0 = a.Id</c>), so
    /// no index on claims by article can serve the join and the planner keeps the claims outside, in
    /// the order of the page's index. Without it SQLite, with a million claims' statistics, scanned
    /// Articles, found each one's claims and sorted all of them to keep 51: 2 requests/s
    /// (docs/decisions.md).
    /// </summary>
    internal const int ClaimsOutside = 0;

    private sealed class JoinedClaim
    {
        public required Claim Claim { get; init; }
        public required Article Article { get; init; }
        public required Source Source { get; init; }
    }

    /// <summary>The claims of the filter in its order (keyed, the cursor applied), not yet limited; with several regions, each region's first <paramref name="limit"/>.</summary>
    private static IQueryable<KeyedClaim> FirstKeyed(TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor? after, int limit)
    {
        if (filter.Regions.Count < 2 || filter.TimelineMatch is not null)
        {
            return Keyed(db, filter, ascending, after);
        }

        // The union is of keys only (EF Core cannot project the rows' region codes over a set operation).
        var keys = filter.Regions
            .Select(code => Keyed(db, filter with { Regions = [code] }, ascending, after).Take(limit).Select(k => new { k.Date, k.Id }))
            .Aggregate((all, next) => all.Union(next));
        var merged = from k in keys
                     join c in db.Claims.AsNoTracking() on k.Id equals c.Id
                     select new KeyedClaim { Claim = c, Date = k.Date, Id = k.Id };
        return InOrder(merged, ascending, after: null);
    }

    /// <summary>The chart's points and the match count: the newest <paramref name="count"/> claims of the filter, without their articles.</summary>
    public static Task<List<ClaimRow>> NewestPointsAsync(TrackerDbContext db, ClaimFilter filter, int count, CancellationToken ct) =>
        FirstKeyed(db, filter, ascending: false, after: null, count).Take(count).Select(k => k.Claim)
            .Select(c => new ClaimRow(
                c.Id, c.Figure, c.Low, c.High, c.Qualifier, c.Kind, c.Source!.Name, c.ClaimDate, c.ClaimDatePrecision,
                null, c.Denied, c.DeniedBy, "", c.ArticleId, "", "", null, default))
            .ToListAsync(ct);

    private sealed class KeyedClaim
    {
        public required Claim Claim { get; init; }
        public DateOnly Date { get; init; }
        public int Id { get; init; }
    }

    private static IQueryable<KeyedClaim> Keyed(TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor? after)
    {
        if (filter.TimelineMatch is not null)
        {
            return Searched(db, filter, ascending, after);
        }

        IQueryable<KeyedClaim> keyed;
        if (filter.Regions.Count == 1)
        {
            var code = filter.Regions[0];
            keyed = from cr in db.Set<ClaimRegion>().AsNoTracking()
                    where cr.RegionCode == code
                    join c in Filter(db, filter, regions: false) on cr.ClaimId equals c.Id
                    select new KeyedClaim { Claim = c, Date = cr.ClaimDate!.Value, Id = cr.ClaimId };
        }
        else
        {
            keyed = Filter(db, filter).Select(c => new KeyedClaim { Claim = c, Date = c.ClaimDate, Id = c.Id });
        }

        return InOrder(keyed, ascending, after, rowValues: db is PostgreSqlTrackerDbContext);
    }

    /// <summary>
    /// A search walks the date-ordered index TimelineSearch by its rowid (the sort key) from the cursor
    /// on, and joins each hit's claim for the other filters: the page stops after its rows however
    /// common the word. The dates bound the rowid range too.
    /// </summary>
    private static IQueryable<KeyedClaim> Searched(TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor? after)
    {
        var (low, high) = SearchRange(filter, ascending, after);
        var match = filter.TimelineMatch!;
        var keyed = from h in db.Set<TimelineHit>().AsNoTracking()
                    where h.Match == match && h.Key >= low && h.Key < high
                    join c in Filter(db, filter with { Q = null, TimelineMatch = null, SearchMatch = null }) on (int)(h.Key & ClaimIdBits) equals c.Id
                    select new { Hit = h, Claim = c };
        return (ascending ? keyed.OrderBy(k => k.Hit.Key) : keyed.OrderByDescending(k => k.Hit.Key))
            .Select(k => new KeyedClaim { Claim = k.Claim, Date = k.Claim.ClaimDate, Id = k.Claim.Id });
    }

    /// <summary>The low 32 bits of a sort key, the claim's id (<see cref="SortKey"/>).</summary>
    internal const long ClaimIdBits = 0xFFFF_FFFF;

    /// <summary>The sort keys a search reads, from low (inclusive) to high (exclusive): the filter's dates, then the cursor.</summary>
    internal static (long Low, long High) SearchRange(ClaimFilter filter, bool ascending, Cursor? after)
    {
        var low = filter.From is { } from ? SortKey(from, 0) : long.MinValue;
        var high = filter.To is { } to && to < DateOnly.MaxValue ? SortKey(to.AddDays(1), 0) : long.MaxValue;
        if (after is { } a)
        {
            var key = SortKey(a.ClaimDate, a.Id);
            (low, high) = ascending ? (Math.Max(low, key + 1), high) : (low, Math.Min(high, key));
        }

        return (low, high);
    }

    /// <summary>
    /// The keyset order with the cursor applied. With <paramref name="rowValues"/> (PostgreSQL) the
    /// cursor is a row-value comparison, (date, id) &lt; (d, id), which PostgreSQL reads as a range of
    /// the (…, ClaimDate, Id) index; the OR form it otherwise gets makes it walk from the newest row.
    /// SQLite reads the OR form as a range already.
    /// </summary>
    private static IQueryable<KeyedClaim> InOrder(IQueryable<KeyedClaim> keyed, bool ascending, Cursor? after, bool rowValues = false)
    {
        if (after is { } a)
        {
            var (d, id) = (a.ClaimDate, a.Id);
            keyed = (ascending, rowValues) switch
            {
                (true, true) => keyed.Where(k => EF.Functions.GreaterThan(ValueTuple.Create(k.Date, k.Id), ValueTuple.Create(d, id))),
                (false, true) => keyed.Where(k => EF.Functions.LessThan(ValueTuple.Create(k.Date, k.Id), ValueTuple.Create(d, id))),
                (true, false) => keyed.Where(k => k.Date > d || (k.Date == d && k.Id > id)),
                (false, false) => keyed.Where(k => k.Date < d || (k.Date == d && k.Id < id)),
            };
        }

        return ascending
            ? keyed.OrderBy(k => k.Date).ThenBy(k => k.Id)
            : keyed.OrderByDescending(k => k.Date).ThenByDescending(k => k.Id);
    }

    /// <summary>Newest first (or oldest first), with the keyset cursor applied.</summary>
    public static IQueryable<Claim> Ordered(IQueryable<Claim> claims, bool ascending, Cursor? after) =>
        InOrder(claims.Select(c => new KeyedClaim { Claim = c, Date = c.ClaimDate, Id = c.Id }), ascending, after).Select(k => k.Claim);

    /// <summary>
    /// Rows with source, article metadata and region codes in one SQL statement: the codes are the
    /// claim's <see cref="Claim.RegionCodes"/> column, which triggers keep (a grouped subquery per row
    /// cost about a quarter of the page's SQL; docs/performance.md).
    /// </summary>
    public static IQueryable<ClaimRow> Rows(IQueryable<Claim> claims, bool full = true) => claims.Select(full ? RowShape : ListShape);

    /// <summary>
    /// The row of a claim, its article and its source, for the page queries, which join the two
    /// themselves (<see cref="CompiledPages"/> and <see cref="FirstRows"/>). EF Core joins a navigation
    /// used only in the projection after the page's LIMIT, as a subquery that SQLite materialises and
    /// sorts again (a third or more of the newest page's statement); joined before the order and the
    /// limit, the page is one walk of the index (docs/decisions.md).
    /// </summary>
    public static readonly Expression<Func<Claim, Article, Source, ClaimRow>> JoinedRowShape =
        (c, a, s) => new ClaimRow(
            c.Id,
            c.Figure,
            c.Low,
            c.High,
            c.Qualifier,
            c.Kind,
            s.Name,
            c.ClaimDate,
            c.ClaimDatePrecision,
            c.RegionCodes,
            c.Denied,
            c.DeniedBy,
            c.Evidence,
            c.ArticleId,
            a.Outlet,
            a.Title,
            a.Url,
            a.Published);

    /// <summary>
    /// <see cref="JoinedRowShape"/> without what the timeline's list does not show (evidence, article URL and
    /// publication date: "", null and default), for <see cref="PageAsync"/> with full: false.
    /// </summary>
    public static readonly Expression<Func<Claim, Article, Source, ClaimRow>> JoinedListShape = Without(JoinedRowShape, new()
    {
        [nameof(ClaimRow.Evidence)] = "",
        [nameof(ClaimRow.Url)] = null,
        [nameof(ClaimRow.Published)] = default(DateOnly),
    });

    /// <summary>The projection of <see cref="Rows"/>: <see cref="JoinedRowShape"/> through the claim's navigations.</summary>
    public static readonly Expression<Func<Claim, ClaimRow>> RowShape = ThroughNavigations(JoinedRowShape);

    /// <summary><see cref="JoinedListShape"/> through the claim's navigations.</summary>
    public static readonly Expression<Func<Claim, ClaimRow>> ListShape = ThroughNavigations(JoinedListShape);

    /// <summary>A row shape with some of the record's constructor arguments replaced by constants, by parameter name.</summary>
    private static Expression<T> Without<T>(Expression<T> shape, Dictionary<string, object?> constants)
    {
        var body = (NewExpression)shape.Body;
        var parameters = body.Constructor!.GetParameters();
        var arguments = body.Arguments.Select((argument, i) => constants.TryGetValue(parameters[i].Name!, out var value)
            ? Expression.Constant(value, argument.Type)
            : argument);
        return Expression.Lambda<T>(body.Update(arguments), shape.Parameters);
    }

    /// <summary>The joined shapes on <see cref="Joined"/>'s rows.</summary>
    private static readonly Expression<Func<JoinedClaim, ClaimRow>> JoinedClaimRow = OnJoinedClaim(JoinedRowShape);

    private static readonly Expression<Func<JoinedClaim, ClaimRow>> JoinedClaimList = OnJoinedClaim(JoinedListShape);

    /// <summary>A joined row shape on the claim alone: its article and source parameters become c.Article and c.Source.</summary>
    private static Expression<Func<Claim, ClaimRow>> ThroughNavigations(Expression<Func<Claim, Article, Source, ClaimRow>> shape) =>
        On<Claim>(shape, c => (c, Expression.Property(c, nameof(Claim.Article)), Expression.Property(c, nameof(Claim.Source))));

    private static Expression<Func<JoinedClaim, ClaimRow>> OnJoinedClaim(Expression<Func<Claim, Article, Source, ClaimRow>> shape) =>
        On<JoinedClaim>(shape, j => (Expression.Property(j, nameof(JoinedClaim.Claim)), Expression.Property(j, nameof(JoinedClaim.Article)),
            Expression.Property(j, nameof(JoinedClaim.Source))));

    /// <summary>A joined row shape on one parameter of type T, from which <paramref name="parts"/> reads the claim, its article and its source.</summary>
    private static Expression<Func<T, ClaimRow>> On<T>(
        Expression<Func<Claim, Article, Source, ClaimRow>> shape, Func<ParameterExpression, (Expression Claim, Expression Article, Expression Source)> parts)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var (claim, article, source) = parts(parameter);
        var body = InlineInvocations.Replace(shape.Body, new()
        {
            [shape.Parameters[0]] = claim,
            [shape.Parameters[1]] = article,
            [shape.Parameters[2]] = source,
        });
        return Expression.Lambda<Func<T, ClaimRow>>(body, parameter);
    }

    /// <summary>
    /// One page of rows after the cursor, plus whether there is a next one. Without a search and with
    /// at most one region a compiled query reads it (<see cref="CompiledPages"/>); <paramref name="full"/>
    /// false leaves out what the timeline does not show (<see cref="ListShape"/>).
    /// </summary>
    public static async Task<(IReadOnlyList<ClaimRow> Rows, bool HasMore)> PageAsync(
        TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor? after, int pageSize, bool full, CancellationToken ct)
    {
        filter = await ClaimSearch.PrepareAsync(db, filter, ct);
        var rows = await RowsAfterAsync(db, filter, ascending, after, pageSize + 1, full, ct);
        var hasMore = rows.Count > pageSize;
        return (hasMore ? rows[..pageSize] : rows, hasMore);
    }

    private static async Task<List<ClaimRow>> RowsAfterAsync(
        TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor? after, int take, bool full, CancellationToken ct) =>
        CompiledPages.Serves(db, filter, after)
            ? await CompiledPages.ListAsync(db, filter, ascending, after, take, full, ct)
            : await FirstRows(db, filter, ascending, after, take, full).ToListAsync(ct);

    /// <summary>The page before a cursor: the reverse order, reversed back.</summary>
    public static async Task<(IReadOnlyList<ClaimRow> Rows, bool HasMore)> PageBeforeAsync(
        TrackerDbContext db, ClaimFilter filter, bool ascending, Cursor before, int pageSize, bool full, CancellationToken ct)
    {
        filter = await ClaimSearch.PrepareAsync(db, filter, ct);
        var rows = await RowsAfterAsync(db, filter, !ascending, before, pageSize + 1, full, ct);
        var hasMore = rows.Count > pageSize;
        return ((hasMore ? rows[..pageSize] : rows).AsEnumerable().Reverse().ToList(), hasMore);
    }

    /// <summary>
    /// Turns the user's words into an FTS5 query of exact forms: each word quoted as a phrase (so
    /// punctuation and operators are literal: "400,000" is the phrase 400 000), all words required.
    /// Null when there are no words. <see cref="ClaimSearch"/> widens each word to its other forms.
    /// </summary>
    public static string? FtsQuery(string? q)
    {
        var words = SearchWords(q);
        return words.Count == 0 ? null : string.Join(" ", words.Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));
    }

    /// <summary>The search box's words (at most 10), those with a letter or digit.</summary>
    public static IReadOnlyList<string> SearchWords(string? q) =>
        string.IsNullOrWhiteSpace(q)
            ? []
            : q.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).Take(10).ToList();

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
