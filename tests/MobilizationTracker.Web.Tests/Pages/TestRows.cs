using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>Stores articles and claims through the app's DbContext, so page tests do not depend on extraction.</summary>
internal static class TestRows
{
    public sealed record ClaimSpec(
        int? Figure,
        ClaimKind Kind = ClaimKind.Target,
        string Source = "Verstka",
        DateOnly? Date = null,
        string[]? Regions = null,
        bool Denied = false,
        string? DeniedBy = null,
        string Evidence = "Verstka reported that 300,000 soldiers would be recruited.",
        int? Low = null,
        int? High = null,
        Qualifier Qualifier = Qualifier.Exact);

    /// <summary>The claim ids <c>/api/claims?query</c> answers with, in its order.</summary>
    public static async Task<List<int>> ApiIdsAsync(HttpClient client, string query)
    {
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/claims?" + query));
        return doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("claim_id").GetInt32()).ToList();
    }

    /// <summary>One article (unique URL and text) with these claims; returns the article id and claim ids.</summary>
    public static async Task<(int ArticleId, int[] ClaimIds)> AddArticleAsync(
        IServiceProvider services, string outlet, DateOnly published, string text, params ClaimSpec[] claims)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var unique = Guid.NewGuid().ToString("N");
        var article = new Article
        {
            Outlet = outlet,
            Title = $"{outlet} article {unique[..6]}",
            Url = $"https://example.org/{unique}",
            Published = published,
            RawContent = text + " " + unique,
            ContentFormat = "text",
            CleanedText = text + " " + unique,
            ContentHash = unique + unique,
            Language = "en",
            IngestedAt = new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc),
            Version = 1,
        };
        foreach (var spec in claims)
        {
            article.Claims.Add(new Claim
            {
                Figure = spec.Figure,
                Low = spec.Low,
                High = spec.High,
                Qualifier = spec.Qualifier,
                Kind = spec.Kind,
                Source = await SourceAsync(db, spec.Source),
                ClaimDate = spec.Date ?? published,
                ClaimDatePrecision = DatePrecision.Day,
                Regions = await RegionsAsync(db, spec.Regions ?? ["RU"]),
                Denied = spec.Denied,
                DeniedBy = spec.DeniedBy,
                Evidence = spec.Evidence,
                EvidenceStart = article.CleanedText.IndexOf(spec.Evidence, StringComparison.Ordinal),
                EvidenceLength = spec.Evidence.Length,
                Version = 1,
            });
        }

        db.Articles.Add(article);
        await db.SaveChangesAsync();
        return (article.Id, article.Claims.Select(c => c.Id).ToArray());
    }

    private static async Task<Source> SourceAsync(TrackerDbContext db, string name) =>
        db.Sources.Local.FirstOrDefault(s => s.Name == name)
        ?? await db.Sources.FirstOrDefaultAsync(s => s.Name == name)
        ?? db.Sources.Add(new Source { Name = name }).Entity;

    private static async Task<List<Region>> RegionsAsync(TrackerDbContext db, string[] codes)
    {
        var list = new List<Region>();
        foreach (var code in codes)
        {
            list.Add(db.Regions.Local.FirstOrDefault(r => r.Code == code)
                ?? await db.Regions.FindAsync(code)
                ?? db.Regions.Add(new Region { Code = code, Name = RegionGazetteer.NameOf(code) }).Entity);
        }

        return list;
    }
}
