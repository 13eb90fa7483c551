using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Tests.Security;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>Issue 12, editors: the review step's rules, the article page's edit links and restore, the sources page.</summary>
public sealed class EditorPagesTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private Task<HttpClient> Editor() => Browsing.EditorClientAsync(factory);

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    private static async Task<AngleSharp.Dom.IDocument> PreviewAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await client.SubmitMultipartAsync("/articles/new", fields, "/articles/new?handler=Preview");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return await FormPost.Document(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_paste_without_outlet_or_date_is_reviewed_with_both_missing_fields_marked_at_once_and_the_title_from_its_first_line()
    {
        var text = $"Region calls up 2,500 reservists {Unique()}\n\nThe governor said on Monday that 2,500 reservists would be called up in the region.";

        var page = await PreviewAsync(await Editor(), new() { ["Input.Content"] = text });

        page.QuerySelector("h2")!.TextContent.Should().Be("Review the extracted claims");
        page.QuerySelector("#Input_Title")!.GetAttribute("value").Should().StartWith("Region calls up 2,500 reservists");
        var summary = page.QuerySelector("#form-errors")!.TextContent;
        summary.Should().Contain("2 things to fix").And.Contain("Enter the outlet").And.Contain("Enter the publication date").And.NotContainEquivalentOf("manifest");
        page.QuerySelector("[data-valmsg-for='Input.Outlet']")!.TextContent.Should().Contain("Enter the outlet");
        page.QuerySelector("[data-valmsg-for='Input.Published']")!.TextContent.Should().Contain("Enter the publication date");
        page.QuerySelectorAll("input[name$='.ClaimDate']").Select(i => i.GetAttribute("value") ?? "").Should().NotContain(v => v.StartsWith("1970") || v.StartsWith("1969"));
        page.Body!.TextContent.Should().NotContain("1970-01-01");
    }

    [Fact]
    public async Task The_review_shows_the_cleaned_text_with_each_claims_evidence_highlighted_and_the_figure_in_words()
    {
        var text = $"The Defense Ministry said on Monday that 150,000 conscripts would be called up this spring. Ref {Unique()}.";

        var page = await PreviewAsync(await Editor(), new() { ["Input.Content"] = text, ["Input.Outlet"] = "Review Gazette", ["Input.Published"] = "2024-04-01" });

        var mark = page.QuerySelector(".review-text mark#evidence-0")!;
        mark.TextContent.Should().Contain("150,000 conscripts");
        page.QuerySelector("a[href='#evidence-0']").Should().NotBeNull();
        page.QuerySelector("fieldset.claim-fields legend")!.TextContent.Should().Contain("150,000").And.Contain("Defense Ministry");
        page.QuerySelector("#form-errors").Should().BeNull();
    }

    [Fact]
    public async Task Blank_add_a_claim_rows_carry_no_delete_box()
    {
        var text = $"The Defense Ministry said on Monday that 150,000 conscripts would be called up this spring. Ref {Unique()}.";

        var page = await PreviewAsync(await Editor(), new() { ["Input.Content"] = text, ["Input.Outlet"] = "Review Gazette", ["Input.Published"] = "2024-04-01" });

        var sets = page.QuerySelectorAll("fieldset.claim-fields").ToList();
        sets.Should().HaveCountGreaterThan(1);
        var blank = sets.Where(s => s.QuerySelector("legend")!.TextContent.Contains("blank", StringComparison.Ordinal)).ToList();
        blank.Should().HaveCount(3).And.OnlyContain(s => s.QuerySelector("input[name$='.Delete']") == null);
        sets.Except(blank).Should().OnlyContain(s => s.QuerySelector("input[type=checkbox][name$='.Delete']") != null);
    }

    [Fact]
    public async Task Saving_with_missing_metadata_and_a_figure_with_a_range_reports_every_error_in_one_round()
    {
        var text = $"Someone said 500 or 400 to 600 people would go. {Unique()}";
        var fields = new Dictionary<string, string>
        {
            ["Input.ContentBase64"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)),
            ["Input.Title"] = "Both ways",
            ["Input.Claims[0].Figure"] = "500",
            ["Input.Claims[0].Low"] = "400",
            ["Input.Claims[0].High"] = "600",
            ["Input.Claims[0].Qualifier"] = "exact",
            ["Input.Claims[0].Kind"] = "count",
            ["Input.Claims[0].Source"] = "Someone",
            ["Input.Claims[0].ClaimDate"] = "2024-03-01",
            ["Input.Claims[0].Evidence"] = "Someone said 500 or 400 to 600 people would go.",
        };

        var response = await (await Editor()).SubmitFormAsync("/articles/new", fields, "/articles/new?handler=Save");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await FormPost.Document(await response.Content.ReadAsStringAsync());
        var summary = page.QuerySelector("#form-errors")!.TextContent;
        summary.Should().Contain("3 things to fix").And.Contain("Enter the outlet").And.Contain("Enter the publication date")
            .And.Contain("Enter either a figure or a range (low and high), not both.");
        page.QuerySelector(".review-text .article-text")!.TextContent.Should().Contain("400 to 600 people");
        (await Browsing.QueryAsync(factory.Services, db => db.Articles.AnyAsync(a => a.Title == "Both ways"))).Should().BeFalse();
    }

    [Fact]
    public async Task A_claim_saved_without_a_date_of_its_own_takes_the_publication_date()
    {
        var text = $"A council said 70 volunteers had signed up. {Unique()}";
        var client = await Editor();
        var fields = new Dictionary<string, string>
        {
            ["Input.ContentBase64"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)),
            ["Input.Title"] = "Undated claim " + Unique(),
            ["Input.Outlet"] = "Dates Weekly",
            ["Input.Published"] = "2024-05-06",
            ["Input.Claims[0].Figure"] = "70",
            ["Input.Claims[0].Qualifier"] = "exact",
            ["Input.Claims[0].Kind"] = "count",
            ["Input.Claims[0].Source"] = "Council",
            ["Input.Claims[0].ClaimDate"] = "",
            ["Input.Claims[0].Evidence"] = "A council said 70 volunteers had signed up.",
        };

        var response = await client.SubmitFormAsync("/articles/new", fields, "/articles/new?handler=Save");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await FormPost.Document(await client.GetStringAsync(response.Headers.Location!.ToString()));
        page.QuerySelector("table.claims td.date")!.TextContent.Should().Be("6 May 2024");
    }

    [Fact]
    public async Task Anonymous_visitors_see_no_add_edit_or_delete_links_and_editors_do()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Links Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(300000));

        var anonymous = await FormPost.Document(await Browsing.Client(factory).GetStringAsync($"/articles/{articleId}"));
        var editor = await FormPost.Document(await (await Editor()).GetStringAsync($"/articles/{articleId}"));

        anonymous.QuerySelectorAll($"a[href^='/articles/{articleId}/claims']").Should().BeEmpty();
        anonymous.QuerySelectorAll("form[method=post]").Should().BeEmpty();
        editor.QuerySelector($"a[href='/articles/{articleId}/claims/new']").Should().NotBeNull();
        editor.QuerySelector($"a[href='/articles/{articleId}/claims/{claimIds[0]}']").Should().NotBeNull();
        editor.QuerySelector($"a[href='/articles/{articleId}/claims/{claimIds[0]}/delete']").Should().NotBeNull();
    }

    [Fact]
    public async Task A_delete_is_asked_first_and_the_history_restores_the_claim()
    {
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Restore Daily", new DateOnly(2024, 3, 22), "Text.",
            new ClaimSpec(45000, Source: "Restore Source " + Unique(), Evidence: "Officials said 45,000 would be called up."));
        var client = await Editor();

        var confirm = await FormPost.Document(await client.GetStringAsync($"/articles/{articleId}/claims/{claimIds[0]}/delete"));
        (await Browsing.QueryAsync(factory.Services, db => db.Claims.AnyAsync(c => c.Id == claimIds[0]))).Should().BeTrue("opening the question deletes nothing");
        confirm.QuerySelector("h1")!.TextContent.Should().Contain("Delete claim");
        var deleted = await client.SubmitFormAsync($"/articles/{articleId}/claims/{claimIds[0]}/delete",
            new Dictionary<string, string> { ["claimId"] = claimIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = "1" },
            $"/articles/{articleId}?handler=Delete");
        deleted.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var historyId = await Browsing.QueryAsync(factory.Services, db => db.History.Where(h => h.Entity == "claim" && h.EntityId == claimIds[0] && h.Action == "delete").Select(h => h.Id).SingleAsync());
        var page = await FormPost.Document(await client.GetStringAsync($"/articles/{articleId}"));
        page.QuerySelector($"#history-{historyId} input[name=historyId]").Should().NotBeNull();
        page.QuerySelector($"#history-{historyId}")!.TextContent.Should().Contain("deleted claim").And.Contain("45,000 (target), Restore Source");

        var restored = await client.SubmitFormAsync($"/articles/{articleId}", new Dictionary<string, string> { ["historyId"] = historyId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/articles/{articleId}?handler=Restore");
        var again = await client.SubmitFormAsync($"/articles/{articleId}", new Dictionary<string, string> { ["historyId"] = historyId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/articles/{articleId}?handler=Restore");

        restored.StatusCode.Should().Be(HttpStatusCode.Redirect);
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var claims = await Browsing.QueryAsync(factory.Services, db => db.Claims.Where(c => c.ArticleId == articleId).Select(c => new { c.Figure, c.Evidence, Source = c.Source!.Name }).ToListAsync());
        claims.Should().ContainSingle().Which.Figure.Should().Be(45000);
        claims[0].Source.Should().StartWith("Restore Source");
    }

    [Fact]
    public async Task An_alias_in_cyrillic_is_written_and_shown_and_a_taken_one_is_refused()
    {
        var name = "Alias Source " + Unique();
        await AddArticleAsync(factory.Services, "Alias Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(1000, Source: name));
        var sourceId = await Browsing.QueryAsync(factory.Services, db => db.Sources.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        var alias = "Источник " + Unique();
        var client = await Editor();
        var fields = new Dictionary<string, string> { ["sourceId"] = sourceId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["alias"] = alias };

        var added = await client.SubmitFormAsync("/sources", fields, "/sources?handler=Alias");
        var twice = await client.SubmitFormAsync("/sources", fields, "/sources?handler=Alias");

        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Browsing.QueryAsync(factory.Services, db => db.SourceAliases.Where(a => a.SourceId == sourceId).Select(a => a.Alias).ToListAsync())).Should().Equal(alias);
        var page = await FormPost.Document(await client.GetStringAsync("/sources"));
        page.QuerySelector($"#source-{sourceId}")!.TextContent.Should().Contain(alias).And.Contain("1");
        twice.StatusCode.Should().Be(HttpStatusCode.OK);
        (await twice.Content.ReadAsStringAsync()).Should().Contain("is already an alias of");
        (await Browsing.QueryAsync(factory.Services, db => db.History.AnyAsync(h => h.Entity == "source" && h.Action == "alias" && h.EntityId == sourceId))).Should().BeTrue();
    }

    [Fact]
    public async Task Merging_moves_claims_and_aliases_records_history_in_names_and_drops_the_source_from_the_filter_list()
    {
        var from = "Merge From " + Unique();
        var into = "Merge Into " + Unique();
        var (articleId, claimIds) = await AddArticleAsync(factory.Services, "Merge Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(2000, Source: from), new ClaimSpec(3000, Source: into));
        var (fromId, intoId) = await Browsing.QueryAsync(factory.Services, async db =>
            (await db.Sources.Where(s => s.Name == from).Select(s => s.Id).SingleAsync(), await db.Sources.Where(s => s.Name == into).Select(s => s.Id).SingleAsync()));
        var client = await Editor();
        (await client.SubmitFormAsync("/sources", new Dictionary<string, string> { ["sourceId"] = fromId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["alias"] = from + " alias" }, "/sources?handler=Alias"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        JsonSerializer.Deserialize<string[]>(await Browsing.Client(factory).GetStringAsync("/api/sources")).Should().Contain(from);

        var merged = await client.SubmitFormAsync("/sources", new Dictionary<string, string>
        {
            ["fromId"] = fromId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["intoId"] = intoId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "/sources?handler=Merge");

        merged.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var sources = await Browsing.QueryAsync(factory.Services, db => db.Claims.Where(c => c.ArticleId == articleId).Select(c => c.Source!.Name).ToListAsync());
        sources.Should().Equal(into, into);
        (await Browsing.QueryAsync(factory.Services, db => db.SourceAliases.Where(a => a.SourceId == intoId).Select(a => a.Alias).OrderBy(a => a).ToListAsync()))
            .Should().Equal(from, from + " alias");
        (await Browsing.QueryAsync(factory.Services, db => db.Sources.AnyAsync(s => s.Id == fromId))).Should().BeFalse();
        (await Browsing.QueryAsync(factory.Services, db => db.History.AnyAsync(h => h.Entity == "source" && h.Action == "merge" && h.EntityId == intoId))).Should().BeTrue();
        var article = await FormPost.Document(await client.GetStringAsync($"/articles/{articleId}"));
        article.QuerySelector("table.history")!.TextContent.Should().Contain($"Source: {from} → {into}").And.NotContain("SourceId");
        (await FormPost.Document(await client.GetStringAsync("/sources"))).QuerySelector(".source-history")!.TextContent.Should().Contain($"merged {from} (1 claim) into {into}");
        JsonSerializer.Deserialize<string[]>(await Browsing.Client(factory).GetStringAsync("/api/sources")).Should().NotContain(from).And.Contain(into);
    }

    [Fact]
    public async Task Merging_a_source_into_itself_is_refused()
    {
        var name = "Self Merge " + Unique();
        await AddArticleAsync(factory.Services, "Self Daily", new DateOnly(2024, 3, 22), "Text.", new ClaimSpec(1000, Source: name));
        var id = (await Browsing.QueryAsync(factory.Services, db => db.Sources.Where(s => s.Name == name).Select(s => s.Id).SingleAsync())).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await (await Editor()).SubmitFormAsync("/sources", new Dictionary<string, string> { ["fromId"] = id, ["intoId"] = id }, "/sources?handler=Merge");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Choose two different sources");
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_open_or_post_to_the_sources_page()
    {
        var client = Browsing.Client(factory);
        var token = await Browsing.TokenAsync(client, "/account/login");

        var get = await client.GetAsync("/sources");
        var post = await client.PostAsync("/sources?handler=Merge", new FormUrlEncodedContent(new Dictionary<string, string> { ["fromId"] = "1", ["intoId"] = "2", ["__RequestVerificationToken"] = token }));

        get.StatusCode.Should().Be(HttpStatusCode.Redirect);
        get.Headers.Location!.OriginalString.Should().Contain("/account/login");
        post.StatusCode.Should().Be(HttpStatusCode.Redirect);
        post.Headers.Location!.OriginalString.Should().Contain("/account/login");
    }
}
