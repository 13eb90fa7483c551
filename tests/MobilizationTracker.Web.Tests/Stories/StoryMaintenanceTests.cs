using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Stories;
using static MobilizationTracker.Web.Tests.Pages.TestRows;
using static MobilizationTracker.Web.Tests.Stories.StoredStories;

namespace MobilizationTracker.Web.Tests.Stories;

/// <summary>
/// Stories are stored and kept up to date in the transaction that changes claims: after each kind
/// of change, against a real SQLite file through the app's own DbContext, the stored stories are
/// what <see cref="MobilizationTracker.Web.Stories.StoryFinder"/> finds from scratch.
/// </summary>
public sealed class StoryMaintenanceTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private static int _figure = 7100;

    /// <summary>A figure no other test in the class uses (so its key's stories are the test's own).</summary>
    private static int Figure() => Interlocked.Add(ref _figure, 1000) * 100;

    [Fact]
    public async Task Adding_claims_makes_a_story_joins_it_within_the_window_and_opens_no_story_after_it()
    {
        var figure = Figure();
        var (_, first) = await AddArticleAsync(factory.Services, "Outlet A", new DateOnly(2025, 2, 1), "Text.", new ClaimSpec(figure));
        (await OfAsync(factory.Services, first[0])).Should().BeNull("one report is no story");

        var (_, relay) = await AddArticleAsync(factory.Services, "Outlet B", new DateOnly(2025, 2, 10), "Text.", new ClaimSpec(figure));
        var (_, late) = await AddArticleAsync(factory.Services, "Outlet C", new DateOnly(2025, 4, 1), "Text.", new ClaimSpec(figure));
        var (_, third) = await AddArticleAsync(factory.Services, "Outlet C", new DateOnly(2025, 2, 25), "Text.", new ClaimSpec(figure));

        (await OfAsync(factory.Services, first[0])).Should().Equal(first[0], relay[0], third[0]);
        (await OfAsync(factory.Services, late[0])).Should().BeNull("it is more than 30 days after the first report");
        await ShouldMatchTheFinderAsync(factory.Services);
    }

    [Fact]
    public async Task A_story_keeps_its_row_while_its_first_report_stays_first()
    {
        var figure = Figure();
        var (_, first) = await AddArticleAsync(factory.Services, "Outlet A", new DateOnly(2025, 3, 1), "Text.", new ClaimSpec(figure));
        await AddArticleAsync(factory.Services, "Outlet B", new DateOnly(2025, 3, 5), "Text.", new ClaimSpec(figure));
        var id = await StoryIdAsync(first[0]);

        var (_, joining) = await AddArticleAsync(factory.Services, "Outlet C", new DateOnly(2025, 3, 9), "Text.", new ClaimSpec(figure));

        (await StoryIdAsync(first[0])).Should().Be(id, "a report joining the story changes its counts, not its row");
        (await StoryIdAsync(joining[0])).Should().Be(id);
        var (_, earlier) = await AddArticleAsync(factory.Services, "Outlet D", new DateOnly(2025, 2, 27), "Text.", new ClaimSpec(figure));
        (await StoryIdAsync(earlier[0])).Should().NotBe(id, "an earlier first report makes it another story");
        await ShouldMatchTheFinderAsync(factory.Services);
    }

    private async Task<int?> StoryIdAsync(int claimId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return await db.Set<StoryMember>().Where(m => m.ClaimId == claimId).Select(m => m.StoryId).SingleAsync();
    }

    [Fact]
    public async Task Editing_a_claim_moves_it_between_stories_of_its_old_and_new_figure()
    {
        var (figureA, figureB) = (Figure(), Figure());
        var (_, a1) = await AddArticleAsync(factory.Services, "Outlet A", new DateOnly(2025, 5, 1), "Text.", new ClaimSpec(figureA));
        var (_, a2) = await AddArticleAsync(factory.Services, "Outlet B", new DateOnly(2025, 5, 2), "Text.", new ClaimSpec(figureA));
        var (_, b1) = await AddArticleAsync(factory.Services, "Outlet C", new DateOnly(2025, 5, 3), "Text.", new ClaimSpec(figureB));
        (await OfAsync(factory.Services, a1[0])).Should().Equal(a1[0], a2[0]);

        await EditAsync(factory.Services, a2[0], c => c.Figure = figureB);

        (await OfAsync(factory.Services, a1[0])).Should().BeNull("the old figure has one report left");
        (await OfAsync(factory.Services, b1[0])).Should().Equal(a2[0], b1[0]);
        await ShouldMatchTheFinderAsync(factory.Services);

        await EditAsync(factory.Services, b1[0], c => c.ClaimDate = new DateOnly(2025, 7, 1));

        (await OfAsync(factory.Services, a2[0])).Should().BeNull("a date edit moves the claim out of the window");
        await ShouldMatchTheFinderAsync(factory.Services);
    }

    [Fact]
    public async Task Deleting_the_first_claim_hands_the_story_to_the_next_and_deleting_an_article_removes_its_claims()
    {
        var figure = Figure();
        var (_, first) = await AddArticleAsync(factory.Services, "Outlet A", new DateOnly(2025, 8, 1), "Text.", new ClaimSpec(figure));
        var (_, second) = await AddArticleAsync(factory.Services, "Outlet B", new DateOnly(2025, 8, 5), "Text.", new ClaimSpec(figure));
        var (thirdArticle, third) = await AddArticleAsync(factory.Services, "Outlet C", new DateOnly(2025, 8, 9), "Text.", new ClaimSpec(figure));

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            db.Claims.Remove(await db.Claims.SingleAsync(c => c.Id == first[0]));
            await db.SaveChangesAsync();
        }

        (await OfAsync(factory.Services, second[0])).Should().Equal(second[0], third[0]);
        await ShouldMatchTheFinderAsync(factory.Services);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            db.Articles.Remove(await db.Articles.SingleAsync(a => a.Id == thirdArticle));
            await db.SaveChangesAsync();
        }

        (await OfAsync(factory.Services, second[0])).Should().BeNull("the article's claims went with it");
        await ShouldMatchTheFinderAsync(factory.Services);
    }

    [Fact]
    public async Task An_outlet_edit_on_the_article_recounts_the_story()
    {
        var figure = Figure();
        var (_, first) = await AddArticleAsync(factory.Services, "Same Outlet", new DateOnly(2025, 9, 1), "Text.", new ClaimSpec(figure));
        var (article, second) = await AddArticleAsync(factory.Services, "Other Outlet", new DateOnly(2025, 9, 2), "Text.", new ClaimSpec(figure));
        (await OfAsync(factory.Services, first[0])).Should().NotBeNull();

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            (await db.Articles.SingleAsync(a => a.Id == article)).Outlet = "Same Outlet";
            await db.SaveChangesAsync();
        }

        (await OfAsync(factory.Services, second[0])).Should().BeNull("one outlet quoting one source twice is no story");
        await ShouldMatchTheFinderAsync(factory.Services);
    }

    [Fact]
    public async Task A_denial_edit_is_stored_on_the_member_so_the_page_shows_a_late_denied_report()
    {
        var figure = Figure();
        var ids = new List<int>();
        for (var i = 0; i < StoryQuery.MaxClaimsShown + 2; i++)
        {
            var (_, claims) = await AddArticleAsync(factory.Services, "Denial outlet " + (i % 3), new DateOnly(2025, 11, 1).AddDays(i), "Text.", new ClaimSpec(figure));
            ids.Add(claims[0]);
        }

        var late = ids[^1];
        await EditAsync(factory.Services, late, c => (c.Denied, c.DeniedBy) = (true, "Late denier"));

        await ShouldMatchTheFinderAsync(factory.Services);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var shown = await db.Set<StoryMember>().Where(m => ids.Contains(m.ClaimId)).Where(StoryQuery.IsShown).Select(m => m.ClaimId).ToListAsync();
        shown.Should().BeEquivalentTo(ids.Take(StoryQuery.MaxClaimsShown).Append(late));
    }

    [Fact]
    public async Task The_order_backfill_restores_every_members_position_and_denial()
    {
        using var app = new TrackerAppFactory();
        _ = app.Services;
        await PerfFill.FillAsync(app.ConnectionString, 2000);
        await TrackerDatabase.MigrateAsync(app.Services, CancellationToken.None);

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
            await db.Database.ExecuteSqlRawAsync("UPDATE StoryMembers SET Position = NULL, Denied = NULL");
            await db.Database.ExecuteSqlRawAsync(StoryMaintenance.BackfillOrderSql);
        }

        (await StoredAsync(app.Services)).Should().Contain(s => s.Length > 2);
    }

    [Fact]
    public async Task Writers_saving_at_the_same_time_leave_the_stories_the_finder_finds()
    {
        var figure = Figure();
        var day = new DateOnly(2025, 10, 1);
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            AddArticleAsync(factory.Services, "Parallel outlet " + (i % 4), day.AddDays(i * 4), "Text.", new ClaimSpec(figure)))));

        (await StoredAsync(factory.Services)).Should().Contain(s => s.Length > 2);
        await ShouldMatchTheFinderAsync(factory.Services);
    }

    [Fact]
    public async Task Claims_written_outside_the_app_get_their_stories_at_the_next_start_up()
    {
        using var app = new TrackerAppFactory();
        _ = app.Services; // migrates the empty database
        await PerfFill.FillAsync(app.ConnectionString, 3000);

        (await StoredAsync(app.Services)).Should().BeEmpty("nothing has brought them up to date yet");

        await TrackerDatabase.MigrateAsync(app.Services, CancellationToken.None);

        (await StoredAsync(app.Services)).Should().HaveCountGreaterThan(10);
        await ShouldMatchTheFinderAsync(app.Services);
    }

    [Fact]
    public async Task The_migration_backfills_stories_for_a_database_that_had_claims_before_it()
    {
        using var database = new TempDatabase();
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync("20261122020000_IdentityAndHistory");
        }

        var figure = Figure();
        await database.ScalarAsync($"""
            INSERT INTO Sources(Name) VALUES ('Backfill source');
            INSERT INTO Articles(Outlet, Title, Url, Published, RawContent, ContentFormat, CleanedText, ContentHash, Language, IngestedAt, Version)
            VALUES ('Old A', 'Old A', NULL, '2024-01-02', 'x', 'text', 'x', 'hash-a', 'en', '2026-01-01 00:00:00', 1),
                   ('Old B', 'Old B', NULL, '2024-01-03', 'y', 'text', 'y', 'hash-b', 'en', '2026-01-01 00:00:00', 1);
            INSERT INTO Claims(ArticleId, Figure, Qualifier, Kind, SourceId, ClaimDate, ClaimDatePrecision, Denied, Evidence, EvidenceStart, EvidenceLength, Version)
            SELECT a.Id, {figure}, 'exact', 'count', (SELECT Id FROM Sources WHERE Name = 'Backfill source'), a.Published, 'day', 0, 'x', -1, 0, 1 FROM Articles a;
            """);

        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            await MobilizationTracker.Web.Stories.StoryMaintenance.CatchUpAsync(db, CancellationToken.None);
            (await db.Set<MobilizationTracker.Web.Stories.StoryMember>().CountAsync(m => m.StoryId != null)).Should().Be(2);
            (await db.Set<MobilizationTracker.Web.Stories.Story>().SingleAsync()).Kind.Should().Be(ClaimKind.Count);
        }
    }
}
