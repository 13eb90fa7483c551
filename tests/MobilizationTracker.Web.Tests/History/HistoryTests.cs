using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Tests.Security;

namespace MobilizationTracker.Web.Tests.History;

/// <summary>The cases on SQLite; <see cref="HistoryPostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class HistoryTests(TrackerAppFactory factory) : HistoryCases<TrackerAppFactory>(factory);

public sealed class HistoryPostgreSqlTests(PostgreSqlAppFactory factory) : HistoryCases<PostgreSqlAppFactory>(factory);

public abstract class HistoryCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    [Fact]
    public async Task Creating_an_article_records_the_article_and_its_claims_with_who_and_when()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services, actorName: "import");

        var history = await Browsing.QueryAsync(factory.Services, db => db.History.Where(h => h.ArticleId == articleId).OrderBy(h => h.Id).ToListAsync());

        history.Select(h => (h.Entity, h.EntityId, h.Action, h.Actor)).Should().BeEquivalentTo(
            [("article", articleId, "create", "import"), ("claim", claimId, "create", "import")]);
        history.Should().OnlyContain(h => h.At == TrackerAppFactory.Now.UtcDateTime && h.Before == null && h.After != null);
        JsonDocument.Parse(history[1].After!).RootElement.GetProperty("Kind").GetString().Should().Be("count");
    }

    [Fact]
    public async Task Editing_a_claim_records_the_editor_and_the_values_before_and_after()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var (client, email) = await Browsing.SignedInAsync(factory);

        var response = await client.SubmitFormAsync($"/articles/{articleId}/claims/{claimId}", ClaimForm(1250, version: 1));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var edit = await Browsing.QueryAsync(factory.Services, db => db.History.SingleAsync(h => h.Entity == "claim" && h.EntityId == claimId && h.Action == "edit"));
        edit.Actor.Should().Be(email);
        JsonDocument.Parse(edit.Before!).RootElement.GetProperty("Figure").GetInt32().Should().Be(1000);
        JsonDocument.Parse(edit.After!).RootElement.GetProperty("Figure").GetInt32().Should().Be(1250);
    }

    [Fact]
    public async Task Deleting_a_claim_records_what_it_was()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var (client, email) = await Browsing.SignedInAsync(factory);

        var response = await client.SubmitFormAsync(
            $"/articles/{articleId}/claims/{claimId}/delete",
            new Dictionary<string, string> { ["claimId"] = claimId.ToString(CultureInfo.InvariantCulture), ["version"] = "1" },
            postUrl: $"/articles/{articleId}?handler=Delete");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var delete = await Browsing.QueryAsync(factory.Services, db => db.History.SingleAsync(h => h.EntityId == claimId && h.Entity == "claim" && h.Action == "delete"));
        delete.Actor.Should().Be(email);
        delete.After.Should().BeNull();
        JsonDocument.Parse(delete.Before!).RootElement.GetProperty("Figure").GetInt32().Should().Be(1000);
    }

    [Fact]
    public async Task The_article_page_shows_its_history()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var (client, email) = await Browsing.SignedInAsync(factory);
        (await client.SubmitFormAsync($"/articles/{articleId}/claims/{claimId}", ClaimForm(1250, version: 1))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await Browsing.ParseAsync(await Browsing.Client(factory).GetStringAsync($"/articles/{articleId}"));

        var rows = page.QuerySelectorAll("table.history tbody tr").Select(r => r.TextContent).ToList();
        rows.Should().HaveCount(3);
        rows[0].Should().Contain(email).And.Contain($"edited claim {claimId}").And.Contain("Figure: 1,000 → 1,250");
        rows[2].Should().Contain("tester").And.Contain($"added article {articleId}");
    }

    [Fact]
    public async Task A_refused_edit_records_no_history()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var (client, _) = await Browsing.SignedInAsync(factory);

        var stale = await client.SubmitFormAsync($"/articles/{articleId}/claims/{claimId}", ClaimForm(7777, version: 0));

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Browsing.QueryAsync(factory.Services, db => db.History.CountAsync(h => h.EntityId == claimId && h.Entity == "claim" && h.Action == "edit"))).Should().Be(0);
    }

    internal static Dictionary<string, string> ClaimForm(int figure, int version) => new()
    {
        ["Input.Figure"] = figure.ToString(CultureInfo.InvariantCulture),
        ["Input.Qualifier"] = "exact",
        ["Input.Kind"] = "count",
        ["Input.Source"] = "Governor",
        ["Input.ClaimDate"] = "2024-03-11",
        ["Input.Regions"] = "",
        ["Input.Evidence"] = "The governor said 1,000 reservists would be called up.",
        ["Input.EvidenceStart"] = "0",
        ["Input.EvidenceLength"] = "55",
        ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };
}
