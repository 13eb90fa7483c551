using System.Net;
using static MobilizationTracker.Web.Tests.Pages.TestRows;
using MobilizationTracker.Web.Tests.Security;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>The cases on SQLite; <see cref="ClaimEditorPostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class ClaimEditorTests(TrackerAppFactory factory) : ClaimEditorCases<TrackerAppFactory>(factory);

public sealed class ClaimEditorPostgreSqlTests(PostgreSqlAppFactory factory) : ClaimEditorCases<PostgreSqlAppFactory>(factory);

public abstract class ClaimEditorCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    // Writes need an editor (issue 5): every request here goes through one signed-in editor client.
    private Task<HttpClient> Client() => Browsing.EditorClientAsync(factory);

    private static Dictionary<string, string> Fields(string figure, int version) => new()
    {
        ["Input.Figure"] = figure,
        ["Input.Qualifier"] = "approx",
        ["Input.Kind"] = "target",
        ["Input.Source"] = "Verstka",
        ["Input.ClaimDate"] = "2024-03",
        ["Input.Regions"] = "RU, RU-TYU",
        ["Input.Denied"] = "true",
        ["Input.DeniedBy"] = "Dmitry Peskov",
        ["Input.Evidence"] = "Verstka reported that 300,000 soldiers would be recruited.",
        ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Saving_a_claim_updates_it_and_bumps_its_version()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Editor Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(300000));
        var url = $"/articles/{articleId}/claims/{claimIds[0]}";
        var client = await Client();

        var response = await client.SubmitFormAsync(url, Fields("310000", 1));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await FormPost.Document(await client.GetStringAsync($"/articles/{articleId}"));
        page.QuerySelector($"#claim-{claimIds[0]}")!.TextContent.Should().Contain("about 310,000").And.Contain("March 2024")
            .And.Contain("Tyumen Oblast").And.Contain("Denied by Dmitry Peskov");
        var confirm = await FormPost.Document(await client.GetStringAsync($"/articles/{articleId}/claims/{claimIds[0]}/delete"));
        confirm.QuerySelector("input[name=version]")!.GetAttribute("value").Should().Be("2");
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_shows_a_conflict_and_keeps_their_change()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Editor Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(300000));
        var url = $"/articles/{articleId}/claims/{claimIds[0]}";
        (await (await Client()).SubmitFormAsync(url, Fields("320000", 1))).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var stale = await (await Client()).SubmitFormAsync(url, Fields("999999", 1));

        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).Should().Contain("Someone else changed this claim");
        (await (await Client()).GetStringAsync($"/articles/{articleId}")).Should().Contain("320,000").And.NotContain("999,999");
    }

    [Fact]
    public async Task Adding_and_deleting_claims_from_the_article_page()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Editor Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(300000));
        var client = await Client();

        var added = await client.SubmitFormAsync($"/articles/{articleId}/claims/new", Fields("12345", 0));
        var deleted = await client.SubmitFormAsync($"/articles/{articleId}/claims/{claimIds[0]}/delete",
            new Dictionary<string, string> { ["claimId"] = claimIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = "1" },
            $"/articles/{articleId}?handler=Delete");

        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await FormPost.Document(await client.GetStringAsync($"/articles/{articleId}"));
        page.QuerySelectorAll("table.claims td.figure").Select(td => td.TextContent).Should().Equal("about 12,345");
    }

    [Fact]
    public async Task Evidence_is_highlighted_as_encoded_text()
    {
        const string text = "Intro <b>not markup</b>. Verstka reported that 300,000 soldiers would be recruited. Outro.";
        var (articleId, _) = await AddArticleAsync(factory.Services, "Editor Daily", new DateOnly(2024, 3, 22), text, new ClaimSpec(300000));

        var html = await (await Client()).GetStringAsync($"/articles/{articleId}");

        var page = await FormPost.Document(html);
        page.QuerySelector(".article-text mark")!.TextContent.Should().Be("Verstka reported that 300,000 soldiers would be recruited.");
        page.QuerySelector(".article-text b").Should().BeNull();
        page.QuerySelector(".article-text")!.TextContent.Should().StartWith(text);
    }

    [Fact]
    public async Task Search_follows_edited_evidence()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Search Daily", new DateOnly(2024, 3, 22), "Text.",
            new ClaimSpec(300000, Evidence: "Verstka wrote about platypusgrad recruitment."));
        var fields = Fields("300000", 1);
        fields["Input.Evidence"] = "Verstka wrote about wombatville recruitment.";

        (await (await Client()).SubmitFormAsync($"/articles/{articleId}/claims/{claimIds[0]}", fields)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var oldWord = await FormPost.Document(await (await Client()).GetStringAsync("/?q=platypusgrad"));
        var newWord = await FormPost.Document(await (await Client()).GetStringAsync("/?q=wombatville"));
        oldWord.QuerySelectorAll("table.claims tbody tr").Should().BeEmpty();
        newWord.QuerySelectorAll("table.claims tbody tr").Should().ContainSingle();
    }

    [Fact]
    public async Task Unknown_article_is_404()
    {
        var response = await (await Client()).GetAsync("/articles/987654");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
