using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Data.PostgreSql;

namespace MobilizationTracker.Web.Claims;

/// <summary>
/// A page of the timeline or the API for every filter with at most one region and no search, or with
/// a search the date-ordered index answers and no region (SQLite), as compiled queries: the SQL of <see cref="TimelineQuery.FirstRows"/> without EF Core's per-request
/// work on the LINQ tree (building it, extracting its parameters, hashing it to find the cached
/// translation), which was a tenth of a filtered page's CPU (docs/decisions.md).
/// <para>
/// Every filter is a parameter. An unset one is null, and EF Core drops a condition whose null
/// parameter makes it true before it writes the SQL (it keeps one SQL text per set of null
/// parameters), so each combination of filters gets the SQL that filter alone would have: the same
/// indexes serve it. The conditions themselves are <see cref="TimelineQuery.Matches"/>, the ones the
/// LINQ path uses too.
/// </para>
/// </summary>
internal static class CompiledPages
{
    /// <summary>
    /// Whether a compiled query serves this page: without a search, at most one region, and on
    /// PostgreSQL no cursor (its cursor is a row value); with a search, one the date-ordered index
    /// answers (SQLite) and no region.
    /// </summary>
    public static bool Serves(TrackerDbContext db, ClaimFilter filter, TimelineQuery.Cursor? after) =>
        string.IsNullOrWhiteSpace(filter.Q)
            ? filter.Regions.Count < 2 && (after is null || db is not PostgreSqlTrackerDbContext)
            : filter.TimelineMatch is not null && filter.Regions.Count == 0 && db is not PostgreSqlTrackerDbContext;

    public static async Task<List<ClaimRow>> ListAsync(
        TrackerDbContext db, ClaimFilter filter, bool ascending, TimelineQuery.Cursor? after, int take, bool full, CancellationToken ct)
    {
        var set = ByModel.GetValue(db.Model, _ => new Set());
        if (filter.TimelineMatch is { } match)
        {
            return await SearchedAsync(set, db, filter, match, ascending, after, take, full, ct);
        }

        var query = (filter.Regions.Count == 1, ascending) switch
        {
            (false, false) => full ? set.Newest.Full : set.Newest.List,
            (false, true) => full ? set.Oldest.Full : set.Oldest.List,
            (true, false) => full ? set.RegionNewest.Full : set.RegionNewest.List,
            (true, true) => full ? set.RegionOldest.Full : set.RegionOldest.List,
        };
        var code = filter.Regions.Count == 1 ? filter.Regions[0] : "";
        var (from, to, source, outlet, kind, denied, min, max) = TimelineQuery.MatchValues(filter);
        return await query(db, code, from, to, source, outlet, kind, denied, min, max, after?.ClaimDate, after?.Id ?? 0, take).ToListAsync(ct);
    }

    private static async Task<List<ClaimRow>> SearchedAsync(
        Set set, TrackerDbContext db, ClaimFilter filter, string match, bool ascending, TimelineQuery.Cursor? after, int take, bool full, CancellationToken ct)
    {
        var query = ascending ? (full ? set.SearchOldest.Full : set.SearchOldest.List) : (full ? set.SearchNewest.Full : set.SearchNewest.List);
        var (low, high) = TimelineQuery.SearchRange(filter, ascending, after);
        var (from, to, source, outlet, kind, denied, min, max) = TimelineQuery.MatchValues(filter);
        return await query(db, match, low, high, from, to, source, outlet, kind, denied, min, max, take).ToListAsync(ct);
    }

    private delegate IAsyncEnumerable<ClaimRow> SearchPage(
        TrackerDbContext db, string match, long low, long high, DateOnly? from, DateOnly? to, string? source, string? outlet, ClaimKind? kind, bool? denied,
        int? min, int? max, int take);

    private delegate IAsyncEnumerable<ClaimRow> Page(
        TrackerDbContext db, string code, DateOnly? from, DateOnly? to, string? source, string? outlet, ClaimKind? kind, bool? denied,
        int? min, int? max, DateOnly? afterDate, int afterId, int take);

    /// <summary>One page query in both row shapes: the full row (API) and the timeline's list row.</summary>
    private sealed class Pair<TPage>(Func<Expression<Func<Claim, Article, Source, ClaimRow>>, TPage> compile)
    {
        public readonly TPage Full = compile(TimelineQuery.JoinedRowShape);
        public readonly TPage List = compile(TimelineQuery.JoinedListShape);
    }

    /// <summary>
    /// The compiled queries of one model (one per engine and host; tests run both engines in one process).
    /// Each joins the claim's article and source itself, before the order and the limit, so the SQL is one
    /// statement without a subquery (<see cref="TimelineQuery.JoinedRowShape"/>).
    /// </summary>
    private sealed class Set
    {
        public readonly Pair<Page> Newest = new(shape => Compile((db, code, fromDate, toDate, source, outlet, kind, denied, min, max, afterDate, afterId, take) =>
            (from c in db.Claims.AsNoTracking()
             join a in db.Articles.AsNoTracking() on c.ArticleId + TimelineQuery.ClaimsOutside equals a.Id
             join s in db.Sources.AsNoTracking() on c.SourceId equals s.Id
             where TimelineQuery.Matches.Invoke(c, s, fromDate, toDate, source, outlet, kind, denied, min, max)
             where afterDate == null || c.ClaimDate < afterDate || (c.ClaimDate == afterDate && c.Id < afterId)
             orderby c.ClaimDate descending, c.Id descending
             select shape.Invoke(c, a, s)).Take(take)));

        public readonly Pair<Page> Oldest = new(shape => Compile((db, code, fromDate, toDate, source, outlet, kind, denied, min, max, afterDate, afterId, take) =>
            (from c in db.Claims.AsNoTracking()
             join a in db.Articles.AsNoTracking() on c.ArticleId + TimelineQuery.ClaimsOutside equals a.Id
             join s in db.Sources.AsNoTracking() on c.SourceId equals s.Id
             where TimelineQuery.Matches.Invoke(c, s, fromDate, toDate, source, outlet, kind, denied, min, max)
             where afterDate == null || c.ClaimDate > afterDate || (c.ClaimDate == afterDate && c.Id > afterId)
             orderby c.ClaimDate, c.Id
             select shape.Invoke(c, a, s)).Take(take)));

        // One region walks that region's (RegionCode, ClaimDate, ClaimId) index, as TimelineQuery.Keyed does.
        public readonly Pair<Page> RegionNewest = new(shape => Compile((db, code, fromDate, toDate, source, outlet, kind, denied, min, max, afterDate, afterId, take) =>
            (from cr in db.Set<ClaimRegion>().AsNoTracking()
             where cr.RegionCode == code
             join c in db.Claims.AsNoTracking() on cr.ClaimId equals c.Id
             join a in db.Articles.AsNoTracking() on c.ArticleId + TimelineQuery.ClaimsOutside equals a.Id
             join s in db.Sources.AsNoTracking() on c.SourceId equals s.Id
             where TimelineQuery.Matches.Invoke(c, s, fromDate, toDate, source, outlet, kind, denied, min, max)
             where afterDate == null || cr.ClaimDate < afterDate || (cr.ClaimDate == afterDate && cr.ClaimId < afterId)
             orderby cr.ClaimDate descending, cr.ClaimId descending
             select shape.Invoke(c, a, s)).Take(take)));

        public readonly Pair<Page> RegionOldest = new(shape => Compile((db, code, fromDate, toDate, source, outlet, kind, denied, min, max, afterDate, afterId, take) =>
            (from cr in db.Set<ClaimRegion>().AsNoTracking()
             where cr.RegionCode == code
             join c in db.Claims.AsNoTracking() on cr.ClaimId equals c.Id
             join a in db.Articles.AsNoTracking() on c.ArticleId + TimelineQuery.ClaimsOutside equals a.Id
             join s in db.Sources.AsNoTracking() on c.SourceId equals s.Id
             where TimelineQuery.Matches.Invoke(c, s, fromDate, toDate, source, outlet, kind, denied, min, max)
             where afterDate == null || cr.ClaimDate > afterDate || (cr.ClaimDate == afterDate && cr.ClaimId > afterId)
             orderby cr.ClaimDate, cr.ClaimId
             select shape.Invoke(c, a, s)).Take(take)));

        // A search walks TimelineSearch by its rowid, the sort key, within the dates and the cursor, as TimelineQuery.Searched does.
        public readonly Pair<SearchPage> SearchNewest = new(shape => Compile((db, match, low, high, fromDate, toDate, source, outlet, kind, denied, min, max, take) =>
            (from h in db.Set<TimelineHit>().AsNoTracking()
             where h.Match == match && h.Key >= low && h.Key < high
             join c in db.Claims.AsNoTracking() on (int)(h.Key & TimelineQuery.ClaimIdBits) equals c.Id
             join a in db.Articles.AsNoTracking() on c.ArticleId + TimelineQuery.ClaimsOutside equals a.Id
             join s in db.Sources.AsNoTracking() on c.SourceId equals s.Id
             where TimelineQuery.Matches.Invoke(c, s, fromDate, toDate, source, outlet, kind, denied, min, max)
             orderby h.Key descending
             select shape.Invoke(c, a, s)).Take(take)));

        public readonly Pair<SearchPage> SearchOldest = new(shape => Compile((db, match, low, high, fromDate, toDate, source, outlet, kind, denied, min, max, take) =>
            (from h in db.Set<TimelineHit>().AsNoTracking()
             where h.Match == match && h.Key >= low && h.Key < high
             join c in db.Claims.AsNoTracking() on (int)(h.Key & TimelineQuery.ClaimIdBits) equals c.Id
             join a in db.Articles.AsNoTracking() on c.ArticleId + TimelineQuery.ClaimsOutside equals a.Id
             join s in db.Sources.AsNoTracking() on c.SourceId equals s.Id
             where TimelineQuery.Matches.Invoke(c, s, fromDate, toDate, source, outlet, kind, denied, min, max)
             orderby h.Key
             select shape.Invoke(c, a, s)).Take(take)));
    }

    private static readonly ConditionalWeakTable<IModel, Set> ByModel = new();

    private static SearchPage Compile(
        Expression<Func<TrackerDbContext, string, long, long, DateOnly?, DateOnly?, string?, string?, ClaimKind?, bool?, int?, int?, int, IQueryable<ClaimRow>>> query)
    {
        var compiled = EF.CompileAsyncQuery(InlineInvocations.Apply(query));
        return (db, match, low, high, from, to, source, outlet, kind, denied, min, max, take) =>
            compiled(db, match, low, high, from, to, source, outlet, kind, denied, min, max, take);
    }

    private static Page Compile(
        Expression<Func<TrackerDbContext, string, DateOnly?, DateOnly?, string?, string?, ClaimKind?, bool?, int?, int?, DateOnly?, int, int, IQueryable<ClaimRow>>> query)
    {
        var compiled = EF.CompileAsyncQuery(InlineInvocations.Apply(query));
        return (db, code, from, to, source, outlet, kind, denied, min, max, afterDate, afterId, take) =>
            compiled(db, code, from, to, source, outlet, kind, denied, min, max, afterDate, afterId, take);
    }
}

/// <summary>
/// A compiled query with one argument, compiled once per EF Core model (a compiled query refuses a
/// context of another model, and the tests run SQLite and PostgreSQL in one process), with
/// <see cref="InlineInvocations"/> applied, so it may use the shared shapes and conditions.
/// </summary>
internal sealed class CompiledQuery<TArg, TResult>
{
    private readonly ConditionalWeakTable<IModel, Func<TrackerDbContext, TArg, IAsyncEnumerable<TResult>>> _byModel = new();
    private readonly ConditionalWeakTable<IModel, Func<TrackerDbContext, TArg, IAsyncEnumerable<TResult>>>.CreateValueCallback _compile;

    public CompiledQuery(Expression<Func<TrackerDbContext, TArg, IQueryable<TResult>>> query)
    {
        var inlined = InlineInvocations.Apply(query);
        _compile = _ => EF.CompileAsyncQuery(inlined);
    }

    public async Task<List<TResult>> ListAsync(TrackerDbContext db, TArg arg, CancellationToken ct) =>
        await _byModel.GetValue(db.Model, _compile)(db, arg).ToListAsync(ct);
}

/// <summary>
/// Replaces each call of a lambda held in a static field or a captured variable (<c>field.Invoke(a, b)</c>,
/// as the <see cref="ExpressionExtensions"/> markers write it) with the lambda's body on those
/// arguments, so one condition or row shape can be written once and used inside several query
/// expressions, which EF Core can only translate inlined.
/// </summary>
internal sealed class InlineInvocations : ExpressionVisitor
{
    public static Expression<T> Apply<T>(Expression<T> lambda) => (Expression<T>)new InlineInvocations().Visit(lambda);

    /// <summary>The expression with each of the given parameters replaced.</summary>
    public static Expression Replace(Expression body, Dictionary<ParameterExpression, Expression> map) => new Substitute(map).Visit(body);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(ExpressionExtensions) && node.Method.Name == nameof(ExpressionExtensions.Invoke)
            && node.Arguments[0] is MemberExpression { Member: System.Reflection.FieldInfo field } member
            && (field.IsStatic ? field.GetValue(null) : member.Expression is ConstantExpression closure ? field.GetValue(closure.Value) : null) is LambdaExpression lambda)
        {
            var arguments = node.Arguments.Skip(1).Select(Visit).ToList();
            var map = lambda.Parameters.Zip(arguments!, (p, a) => (p, a)).ToDictionary(x => x.p, x => x.a!);
            return Visit(Replace(lambda.Body, map));
        }

        return base.VisitMethodCall(node);
    }

    private sealed class Substitute(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.GetValueOrDefault(node) ?? node;
    }
}

/// <summary>Markers for <see cref="InlineInvocations"/>; never run.</summary>
internal static class ExpressionExtensions
{
    public static TResult Invoke<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, TResult>(
        this Expression<Func<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, TResult>> lambda, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10) =>
        throw new InvalidOperationException("Only inside a query expression that InlineInvocations has rewritten.");

    public static TResult Invoke<T1, T2, T3, TResult>(this Expression<Func<T1, T2, T3, TResult>> lambda, T1 a1, T2 a2, T3 a3) =>
        throw new InvalidOperationException("Only inside a query expression that InlineInvocations has rewritten.");

    public static TResult Invoke<T1, TResult>(this Expression<Func<T1, TResult>> lambda, T1 a1) =>
        throw new InvalidOperationException("Only inside a query expression that InlineInvocations has rewritten.");
}
