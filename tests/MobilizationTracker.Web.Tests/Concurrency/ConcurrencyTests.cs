using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Tests.History;
using MobilizationTracker.Web.Tests.Security;

namespace MobilizationTracker.Web.Tests.Concurrency;

/// <summary>The cases on SQLite; <see cref="ConcurrencyPostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class ConcurrencyTests(TrackerAppFactory factory) : ConcurrencyCases<TrackerAppFactory>(factory);

public sealed class ConcurrencyPostgreSqlTests(PostgreSqlAppFactory factory) : ConcurrencyCases<PostgreSqlAppFactory>(factory);

public abstract class ConcurrencyCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    [Fact]
    public async Task Two_editors_save_the_same_claim_the_second_gets_a_conflict_and_the_first_edit_is_kept()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var (first, firstEmail) = await Browsing.SignedInAsync(factory);
        var (second, _) = await Browsing.SignedInAsync(factory);
        var url = $"/articles/{articleId}/claims/{claimId}";
        var firstForm = await OpenAsync(first, url);
        var secondForm = await OpenAsync(second, url);

        var firstSave = await PostAsync(first, url, firstForm, 1250);
        var secondSave = await PostAsync(second, url, secondForm, 2000);

        firstSave.StatusCode.Should().Be(HttpStatusCode.Redirect);
        secondSave.StatusCode.Should().Be(HttpStatusCode.OK);
        (await secondSave.Content.ReadAsStringAsync()).Should().Contain("Someone else changed this claim after you opened it");
        var stored = await Browsing.QueryAsync(factory.Services, db => db.Claims.AsNoTracking().SingleAsync(c => c.Id == claimId));
        stored.Figure.Should().Be(1250);
        stored.Version.Should().Be(2);
        (await Browsing.QueryAsync(factory.Services, db => db.History.Where(h => h.EntityId == claimId && h.Entity == "claim" && h.Action == "edit").Select(h => h.Actor).ToListAsync()))
            .Should().Equal(firstEmail);
    }

    [Fact]
    public async Task Twenty_form_posts_and_imports_at_once_all_land()
    {
        var (articleId, _) = await Browsing.AddArticleAsync(factory.Services);
        var (client, _) = await Browsing.SignedInAsync(factory);
        var token = await Browsing.TokenAsync(client, $"/articles/{articleId}/claims/new");

        var posts = Enumerable.Range(0, 20).Select(async i =>
        {
            var fields = new Dictionary<string, string>(HistoryTests.ClaimForm(3000 + i, version: 0)) { ["__RequestVerificationToken"] = token };
            return await client.PostAsync($"/articles/{articleId}/claims/new", new FormUrlEncodedContent(fields));
        });
        var imports = Enumerable.Range(0, 20).Select(ImportAsync);
        var postTasks = posts.ToList();
        var importTasks = imports.ToList();
        await Task.WhenAll(Task.WhenAll(postTasks), Task.WhenAll(importTasks));

        var responses = postTasks.Select(t => t.Result).ToList();
        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Redirect);
        importTasks.Select(t => t.Result).Should().AllBeOfType<IngestOutcome.Imported>();
        (await Browsing.QueryAsync(factory.Services, db => db.Claims.CountAsync(c => c.ArticleId == articleId))).Should().Be(21);
        (await Browsing.QueryAsync(factory.Services, db => db.History.CountAsync(h => h.ArticleId == articleId && h.Action == "create" && h.Entity == "claim"))).Should().Be(21);
    }

    private async Task<IngestOutcome> ImportAsync(int i)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
        return await ingestion.IngestAsync(new ArticleSubmission
        {
            Content = System.Text.Encoding.UTF8.GetBytes($"The ministry said {i + 1},000 reservists were called up in March. Note {Guid.NewGuid():N}."),
            Format = ContentFormat.Text,
            Outlet = "Concurrent Outlet",
            Title = "Concurrent " + i.ToString(CultureInfo.InvariantCulture),
            Published = new DateOnly(2024, 3, 22),
        }, CancellationToken.None);
    }

    private static async Task<Dictionary<string, string>> OpenAsync(HttpClient client, string url)
    {
        var page = await Browsing.ParseAsync(await client.GetStringAsync(url));
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && f.QuerySelector("[name='Input.Version']") is not null);
        var fields = new Dictionary<string, string>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(e => !string.IsNullOrEmpty(e.Name)))
        {
            if (input.Type is "checkbox" or "radio")
            {
                if (input.IsChecked)
                {
                    fields[input.Name!] = input.Value;
                }

                continue;
            }

            fields.TryAdd(input.Name!, input.Value);
        }

        foreach (var select in form.Elements.OfType<IHtmlSelectElement>().Where(e => !string.IsNullOrEmpty(e.Name)))
        {
            fields[select.Name!] = select.Value ?? "";
        }

        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>().Where(e => !string.IsNullOrEmpty(e.Name)))
        {
            fields[area.Name!] = area.Value;
        }

        return fields;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> form, int figure)
    {
        var fields = new Dictionary<string, string>(form) { ["Input.Figure"] = figure.ToString(CultureInfo.InvariantCulture) };
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
