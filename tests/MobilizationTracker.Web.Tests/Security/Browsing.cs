using System.Net;
using System.Runtime.CompilerServices;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>What the security, history and concurrency tests share: accounts, signed-in clients, forms posted as a browser posts them, known rows.</summary>
internal static class Browsing
{
    private static readonly ConditionalWeakTable<WebApplicationFactory<Program>, Task<HttpClient>> EditorClients = [];

    public static HttpClient Client(WebApplicationFactory<Program> factory, string baseAddress = "https://localhost") =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(baseAddress) });

    /// <summary>Creates an account with a random password; returns the email and password.</summary>
    public static async Task<(string Email, string Password)> CreateUserAsync(WebApplicationFactory<Program> factory, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        var password = "pw-" + Guid.NewGuid().ToString("N");
        var errors = await UserAccounts.CreateAsync(factory.Services, email, password, role);
        errors.Should().BeEmpty();
        return (email, password);
    }

    /// <summary>A client signed in as a new account with the role.</summary>
    public static async Task<(HttpClient Client, string Email)> SignedInAsync(WebApplicationFactory<Program> factory, string role = TrackerRoles.Editor)
    {
        var (email, password) = await CreateUserAsync(factory, role);
        var client = Client(factory);
        var response = await SignInAsync(client, email, password);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect, because: "the sign-in must succeed");
        return (client, email);
    }

    /// <summary>One signed-in editor client per host, shared by a test class's tests (sign-in posts are rate limited per address).</summary>
    public static Task<HttpClient> EditorClientAsync(WebApplicationFactory<Program> factory) =>
        EditorClients.GetValue(factory, f => SignedInAsync(f).ContinueWith(t => t.Result.Client, TaskScheduler.Default));

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>GETs the page, takes its antiforgery token, posts the fields to <paramref name="postUrl"/> (default the same URL).</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(
        this HttpClient client, string url, IReadOnlyDictionary<string, string> fields, string? postUrl = null)
    {
        var token = await TokenAsync(client, url);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(postUrl ?? url, new FormUrlEncodedContent(body));
    }

    public static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var page = await ParseAsync(await client.GetStringAsync(url));
        return page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
    }

    public static async Task<IDocument> ParseAsync(string html) =>
        await BrowsingContext.New().OpenAsync(r => r.Content(html));

    /// <summary>Stores an article with one claim through the app's DbContext, as the given actor; returns their ids.</summary>
    public static async Task<(int ArticleId, int ClaimId)> AddArticleAsync(
        IServiceProvider services, string text = "The governor said 1,000 reservists would be called up.", string outlet = "Test Outlet",
        string title = "Test title", string source = "Governor", string? evidence = null, string actorName = "tester")
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HistoryActor>().Name = actorName;
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var unique = text + " #" + Guid.NewGuid().ToString("N");
        var article = new Article
        {
            Outlet = outlet,
            Title = title,
            Url = "https://example.org/" + Guid.NewGuid().ToString("N"),
            Published = new DateOnly(2024, 3, 12),
            RawContent = unique,
            ContentFormat = "text",
            CleanedText = unique,
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(unique))),
            Language = "en",
            IngestedAt = new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc),
            Version = 1,
        };
        var claim = new Claim
        {
            Article = article,
            Figure = 1000,
            Qualifier = Qualifier.Exact,
            Kind = ClaimKind.Count,
            Source = db.Sources.Local.FirstOrDefault(s => s.Name == source) ?? db.Sources.FirstOrDefault(s => s.Name == source) ?? new Source { Name = source },
            ClaimDate = new DateOnly(2024, 3, 11),
            ClaimDatePrecision = DatePrecision.Day,
            Evidence = evidence ?? text,
            EvidenceStart = unique.IndexOf(evidence ?? text, StringComparison.Ordinal),
            EvidenceLength = unique.Contains(evidence ?? text, StringComparison.Ordinal) ? (evidence ?? text).Length : 0,
            Version = 1,
        };
        article.Claims.Add(claim);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return (article.Id, claim.Id);
    }

    public static async Task<T> QueryAsync<T>(IServiceProvider services, Func<TrackerDbContext, Task<T>> query)
    {
        await using var scope = services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TrackerDbContext>());
    }
}
