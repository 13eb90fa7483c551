using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>The attack set of <see cref="AttackPayloads"/> against the real host on a real SQLite file (docs/security.md, "Regression suite").</summary>
public sealed class AttackSuiteTests(RelaxedSignInAppFactory factory) : IClassFixture<RelaxedSignInAppFactory>
{
    [Fact]
    public async Task The_fuzz_corpus_never_throws_out_of_ingestion()
    {
        var failures = new List<string>();
        var i = 0;
        foreach (var content in AttackPayloads.FuzzCorpus(300))
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var ingestion = scope.ServiceProvider.GetRequiredService<IngestionService>();
            var submission = new ArticleSubmission
            {
                Content = content, FileName = $"fuzz-{i++}.html", Outlet = "Fuzz Outlet", Title = "Fuzz", Published = new DateOnly(2024, 3, 1),
            };
            try
            {
                await ingestion.PreviewAsync(submission, CancellationToken.None);
                await ingestion.IngestAsync(submission, CancellationToken.None);
            }
            catch (Exception e)
            {
                failures.Add($"{submission.FileName}: {e.GetType().Name}: {e.Message}");
            }
        }

        failures.Should().BeEmpty();
    }

    [Fact]
    public async Task Fuzzed_uploads_through_the_form_are_never_a_server_error()
    {
        var client = (await Browsing.SignedInAsync(factory)).Client;
        var token = await Browsing.TokenAsync(client, "/articles/new");
        var statuses = new List<HttpStatusCode>();
        var i = 0;
        foreach (var content in AttackPayloads.FuzzCorpus(40, seed: 11))
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent("Fuzz Outlet"), "Input.Outlet" },
                { new ByteArrayContent(content), "Input.Upload", $"fuzz-{i++}.html" },
            };
            statuses.Add((await client.PostAsync("/articles/new?handler=Preview", form)).StatusCode);
        }

        statuses.Should().OnlyContain(s => s == HttpStatusCode.OK);
    }

    [Fact]
    public async Task Script_payloads_in_every_field_come_back_as_text_only()
    {
        var client = (await Browsing.SignedInAsync(factory)).Client;
        var ids = new List<int>();
        foreach (var payload in AttackPayloads.ScriptInjection)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<IngestionService>().IngestAsync(new ArticleSubmission
            {
                Content = System.Text.Encoding.UTF8.GetBytes($"The governor said that 3,000 reservists were called up. {payload} Reference {Guid.NewGuid():N}."),
                Format = ContentFormat.Text,
                Outlet = "Outlet " + payload,
                Title = "Title " + payload,
                Published = new DateOnly(2024, 3, 1),
                ReviewedClaims =
                [
                    new ClaimDraft
                    {
                        Figure = 3000, Source = "Source " + payload, Evidence = "Evidence " + payload, DeniedBy = "Denier " + payload,
                        Attribution = "Attribution " + payload, ClaimDate = new DateOnly(2024, 3, 1),
                    },
                ],
            }, CancellationToken.None);
            ids.Add(outcome.Should().BeOfType<IngestOutcome.Imported>().Subject.ArticleId);
        }

        foreach (var url in ids.Select(id => $"/articles/{id}").Append("/").Append("/compare"))
        {
            var page = await Browsing.ParseAsync(await client.GetStringAsync(url));
            page.QuerySelectorAll("main script, main iframe, main object, main embed, main base, main meta, main link, main style").Should().BeEmpty(because: url);

            // The only SVG is the timeline's own chart (one figure.chart > svg); a payload's <svg> would be another.
            var svgs = page.QuerySelectorAll("main svg");
            svgs.Should().HaveCountLessThanOrEqualTo(1, because: url);
            svgs.Where(svg => !svg.ParentElement!.Matches("figure.chart")).Should().BeEmpty(because: url);
            page.QuerySelectorAll("main *").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                .Should().BeEmpty(because: url);
            page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
                .Should().OnlyContain(h => !h.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), because: url);
        }
    }

    [Fact]
    public async Task No_return_url_trick_redirects_off_the_site_after_sign_in()
    {
        var (email, password) = await Browsing.CreateUserAsync(factory, "editor");
        var locations = new List<string>();
        foreach (var trick in AttackPayloads.OpenRedirects)
        {
            var client = Browsing.Client(factory);
            var response = await client.SubmitFormAsync("/account/login?ReturnUrl=" + Uri.EscapeDataString(trick),
                new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
            locations.Add(response.Headers.Location?.ToString() ?? "(none)");
        }

        locations.Should().OnlyContain(l => l.StartsWith('/') && !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith("/\\", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_url_that_is_not_a_web_address_is_stored()
    {
        foreach (var url in AttackPayloads.NotWebAddresses)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var outcome = await scope.ServiceProvider.GetRequiredService<IngestionService>().IngestAsync(new ArticleSubmission
            {
                Content = System.Text.Encoding.UTF8.GetBytes($"Some 2,000 reservists were called up. Reference {Guid.NewGuid():N}."),
                Format = ContentFormat.Text, Outlet = "URL Outlet", Title = "URL", Url = url, Published = new DateOnly(2024, 3, 1),
            }, CancellationToken.None);

            outcome.Should().Be(new IngestOutcome.Failed(SubmissionRules.NotAWebAddress), because: url);
        }
    }
}
