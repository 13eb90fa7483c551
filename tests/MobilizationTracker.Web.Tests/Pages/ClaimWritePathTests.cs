using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Tests.Security;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>Issue 8 rows 4-6: a claim with a source the tracker has never seen, added and edited through the claim editor, alone and concurrently.</summary>
/// <summary>The cases on SQLite; <see cref="ClaimWritePathPostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class ClaimWritePathTests(TrackerAppFactory factory) : ClaimWritePathCases<TrackerAppFactory>(factory);

public sealed class ClaimWritePathPostgreSqlTests(PostgreSqlAppFactory factory) : ClaimWritePathCases<PostgreSqlAppFactory>(factory);

public abstract class ClaimWritePathCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    private static Dictionary<string, string> Fields(string source, int version, string figure = "4200") => new()
    {
        ["Input.Figure"] = figure,
        ["Input.Qualifier"] = "exact",
        ["Input.Kind"] = "count",
        ["Input.Source"] = source,
        ["Input.ClaimDate"] = "2024-03-20",
        ["Input.Regions"] = "RU-VOR",
        ["Input.Denied"] = "false",
        ["Input.Evidence"] = "The new source said 4,200 people were called up.",
        ["Input.Attribution"] = "according to the new source",
        ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    private static string NewSource() => "Never Seen Source " + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Adding_a_claim_with_a_new_source_stores_claim_and_source_together()
    {
        var (articleId, _) = await AddArticleAsync(factory.Services, "Write Path Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(300000));
        var source = NewSource();

        var response = await (await Browsing.EditorClientAsync(factory)).SubmitFormAsync($"/articles/{articleId}/claims/new", Fields(source, 0));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect, because: "row 4: this was a 500 (FOREIGN KEY constraint failed)");
        await using var db = Context();
        var claim = await db.Claims.Include(c => c.Source).Include(c => c.Regions).SingleAsync(c => c.ArticleId == articleId && c.Figure == 4200);
        claim.Source!.Name.Should().Be(source);
        claim.Regions.Select(r => r.Code).Should().Equal("RU-VOR");
        claim.Attribution.Should().Be("according to the new source");
        claim.Version.Should().Be(1);
        (await db.History.CountAsync(h => h.Entity == "claim" && h.EntityId == claim.Id)).Should().Be(1);
    }

    [Fact]
    public async Task An_edit_that_brings_a_new_source_is_one_version_and_one_history_row()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Write Path Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(300000));
        var source = NewSource();

        var response = await (await Browsing.EditorClientAsync(factory)).SubmitFormAsync($"/articles/{articleId}/claims/{claimIds[0]}", Fields(source, 1));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        await using var db = Context();
        var claim = await db.Claims.Include(c => c.Source).SingleAsync(c => c.Id == claimIds[0]);
        claim.Source!.Name.Should().Be(source);
        claim.Version.Should().Be(2, because: "row 6: the edit was two transactions and bumped the version twice");
        (await db.History.CountAsync(h => h.Entity == "claim" && h.EntityId == claimIds[0] && h.Action == "edit")).Should().Be(1);
    }

    [Fact]
    public async Task A_stale_edit_with_a_new_source_gets_the_conflict_message_and_stores_nothing()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Write Path Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(300000));
        var client = await Browsing.EditorClientAsync(factory);
        (await client.SubmitFormAsync($"/articles/{articleId}/claims/{claimIds[0]}", Fields("Verstka", 1, "310000"))).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var source = NewSource();

        var stale = await client.SubmitFormAsync($"/articles/{articleId}/claims/{claimIds[0]}", Fields(source, 1));

        stale.StatusCode.Should().Be(HttpStatusCode.OK, because: "row 5: this was a 500");
        (await stale.Content.ReadAsStringAsync()).Should().Contain("Someone else changed this claim");
        await using var db = Context();
        (await db.Sources.AnyAsync(s => s.Name == source)).Should().BeFalse();
        (await db.Claims.SingleAsync(c => c.Id == claimIds[0])).Figure.Should().Be(310000);
    }

    [Fact]
    public async Task Editors_adding_the_same_new_source_at_once_all_succeed_and_it_is_stored_once()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Write Path Daily", new DateOnly(2024, 3, 22), "Text.",
            [.. Enumerable.Range(0, 10).Select(i => new ClaimSpec(1000 + i))]);
        var client = await Browsing.EditorClientAsync(factory);
        var source = NewSource();
        var tokenPage = $"/articles/{articleId}/claims/{claimIds[0]}";
        var token = await Browsing.TokenAsync(client, tokenPage);

        var responses = await Task.WhenAll(claimIds.Select(id => client.PostAsync($"/articles/{articleId}/claims/{id}",
            new FormUrlEncodedContent(new Dictionary<string, string>(Fields(source, 1)) { ["__RequestVerificationToken"] = token })))
            .Concat(Enumerable.Range(0, 5).Select(_ => client.PostAsync($"/articles/{articleId}/claims/new",
                new FormUrlEncodedContent(new Dictionary<string, string>(Fields(source, 0)) { ["__RequestVerificationToken"] = token })))));

        responses.Select(r => r.StatusCode).Should().OnlyContain(s => s == HttpStatusCode.Redirect);
        await using var db = Context();
        (await db.Sources.CountAsync(s => s.Name == source)).Should().Be(1);
        (await db.Claims.CountAsync(c => c.ArticleId == articleId && c.Source!.Name == source)).Should().Be(15);
        (await db.Claims.Where(c => claimIds.Contains(c.Id)).Select(c => c.Version).ToListAsync()).Should().OnlyContain(v => v == 2);
    }

    [Fact]
    public async Task The_article_page_shows_the_attribution_beside_the_evidence()
    {
        var (articleId, _) = await AddArticleAsync(factory.Services, "Write Path Daily", new DateOnly(2024, 3, 22), "Text.");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<ClaimWriter>().SaveAsync(articleId, null, 0, new ClaimDraft
            {
                Figure = 900, Source = "Verstka", Evidence = "Verstka wrote that 900 men were sent.", ClaimDate = new DateOnly(2024, 3, 1),
                Attribution = "according to Verstka <b>",
            }, CancellationToken.None);
            saved.Should().BeOfType<ClaimWrite.Saved>();
        }

        var page = await FormPost.Document(await (await Browsing.EditorClientAsync(factory)).GetStringAsync($"/articles/{articleId}"));

        page.QuerySelector("td.evidence .attribution")!.TextContent.Should().Contain("according to Verstka <b>");
        page.QuerySelector("td.evidence b").Should().BeNull();
    }

    private TrackerDbContext Context() => factory.Services.CreateScope().ServiceProvider.GetRequiredService<TrackerDbContext>();
}
