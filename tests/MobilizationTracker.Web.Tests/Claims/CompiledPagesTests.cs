using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Claims;

/// <summary>
/// The compiled page queries (<see cref="CompiledPages"/>) return what the LINQ path returns for
/// every filter they serve, page by page through the cursor in both orders, and their SQL holds only
/// the conditions of the filters that are set (an unset filter's null parameter drops its condition).
/// </summary>
public sealed class CompiledPagesTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private const string Evidence = "Verstka reported that 300,000 soldiers would be recruited.";

    public static TheoryData<string> Filters =>
    [
        "",
        "region=RU-VOR",
        "source=Verstka",
        "outlet=Compiled%20B",
        "kind=force_size",
        "denied=yes",
        "denied=no",
        "min=1000&max=50000",
        "from=2025-02-01&to=2025-05-01",
        "region=RU-VOR&kind=target&denied=no&min=100",
        "source=ISW&from=2025-03-01",
        // A search the date-ordered index answers.
        "q=soldiers",
        "q=soldiers&source=Verstka&min=1000",
        "q=recruited&from=2025-02-01&to=2025-05-01&denied=no",
    ];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Compiled_pages_walk_the_same_rows_as_the_LINQ_query(string query)
    {
        await SeedOnceAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var filter = await ClaimSearch.PrepareAsync(db, ClaimFilter.FromQuery(QueryHelpers.ParseQuery(query)), default);
        CompiledPages.Serves(db, filter, after: null).Should().BeTrue();

        foreach (var ascending in new[] { false, true })
        {
            var expected = await TimelineQuery.FirstRows(db, filter, ascending, after: null, limit: 1000).ToListAsync();
            expected.Should().NotBeEmpty("each filter matches some of the seeded claims");

            var walked = new List<ClaimRow>();
            TimelineQuery.Cursor? after = null;
            while (true)
            {
                var (rows, hasMore) = await TimelineQuery.PageAsync(db, filter, ascending, after, pageSize: 3, full: true, default);
                walked.AddRange(rows);
                if (!hasMore)
                {
                    break;
                }

                after = TimelineQuery.Cursor.Of(rows[^1]);
            }

            walked.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), $"{query}, ascending: {ascending}");

            var list = (await TimelineQuery.PageAsync(db, filter, ascending, null, pageSize: 1000, full: false, default)).Rows;
            list.Select(r => r.ClaimId).Should().Equal(expected.Select(r => r.ClaimId));
            list.Should().OnlyContain(r => r.Evidence == "" && r.Url == null, "the list row leaves out what the timeline does not show");
        }
    }

    [Fact]
    public async Task The_SQL_of_a_compiled_page_has_only_the_set_filters_conditions()
    {
        await SeedOnceAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var filter = ClaimFilter.FromQuery(QueryHelpers.ParseQuery("source=Verstka&min=1000"));

        var commands = await CommandsOfAsync(db, () => TimelineQuery.PageAsync(db, filter, false, null, 10, full: true, default));

        ShouldHaveOnlySourceAndMin(commands.Should().ContainSingle().Subject);

        // The LINQ path (exports, several regions, a search with regions) inlines the same conditions.
        ShouldHaveOnlySourceAndMin(TimelineQuery.Filter(db, filter).ToQueryString());
        TimelineQuery.Filter(db, ClaimFilter.Empty).ToQueryString().Should().NotContain("WHERE", "no filter set, no condition left");
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("", false)]
    [InlineData("source=Verstka", false)]
    [InlineData("region=RU-VOR", true)]
    [InlineData("region=RU-VOR&source=Verstka&kind=target", false)]
    [InlineData("q=soldiers", false)]
    [InlineData("q=soldiers&source=Verstka", true)]
    public async Task A_compiled_page_joins_its_article_and_source_once_without_a_subquery(string query, bool full)
    {
        await SeedOnceAsync();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var filter = await ClaimSearch.PrepareAsync(db, ClaimFilter.FromQuery(QueryHelpers.ParseQuery(query)), default);

        var commands = await CommandsOfAsync(db, () => TimelineQuery.PageAsync(db, filter, false, null, 10, full, default));

        // A navigation read only in the projection is joined after the LIMIT, as a subquery SQLite
        // materialises and sorts again; the compiled pages join before the order instead.
        var sql = commands.Should().ContainSingle().Subject;
        sql.Should().NotContain("FROM (").And.NotContain("JOIN (", "the page is one walk of the index, not a subquery sorted again");
        Regex.Matches(sql, "JOIN \"Sources\"").Should().HaveCount(1, "the source filter and the row read the same join");
        Regex.Matches(sql, "JOIN \"Articles\"").Should().HaveCount(1);
        sql.Should().Contain("\"ArticleId\" + 0 =", "the claims stay the outer loop whatever the planner's statistics say (TimelineQuery.ClaimsOutside)");
    }

    private static void ShouldHaveOnlySourceAndMin(string sql)
    {
        sql.Should().Contain("\"MaxValue\" >=").And.Contain("\"Name\" =");
        sql.Should().NotContain("IS NULL", "an unset filter's condition is dropped, not kept as a test of a null parameter")
            .And.NotContain("\"Outlet\" =").And.NotContain("\"Kind\" =").And.NotContain("\"MinValue\" <=");
    }

    private static async Task<List<string>> CommandsOfAsync(TrackerDbContext db, Func<Task> run)
    {
        var commands = new List<string>();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                {
                    if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data && data.Context == db)
                    {
                        lock (commands)
                        {
                            commands.Add(data.Command.CommandText);
                        }
                    }
                }));
            }
        }));
        await run();
        return commands;
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }

    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>Once per test database (xunit makes a class instance per test): claims over five months, two outlets, two sources, three kinds, ranges, denials and regions.</summary>
    private async Task SeedOnceAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (await HasSeedAsync())
            {
                return;
            }

            for (var i = 0; i < 14; i++)
            {
                var date = new DateOnly(2025, 1, 5).AddDays(i * 11);
                await AddArticleAsync(factory.Services, i % 2 == 0 ? "Compiled A" : "Compiled B", date, Evidence,
                    new ClaimSpec(
                        i % 4 == 3 ? null : 50 * (i + 1) * (i + 1),
                        Kind: (ClaimKind)(i % 3),
                        Source: i % 3 == 0 ? "ISW" : "Verstka",
                        Date: date,
                        Regions: i % 2 == 0 ? ["RU-VOR"] : ["RU-BEL", "RU-VOR"],
                        Denied: i % 5 == 0,
                        Evidence: Evidence,
                        Low: i % 4 == 3 ? 900 * i : null,
                        High: i % 4 == 3 ? 2000 * i : null),
                    // A second claim on the same date: the cursor's tie on the id.
                    new ClaimSpec(70 * (i + 1), Kind: ClaimKind.Target, Date: date, Regions: ["RU-VOR"], Evidence: Evidence));
            }
        }
        finally
        {
            Seeding.Release();
        }
    }

    private async Task<bool> HasSeedAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return await db.Articles.AnyAsync(a => a.Outlet == "Compiled A");
    }
}
