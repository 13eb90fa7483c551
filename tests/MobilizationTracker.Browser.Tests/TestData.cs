using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Browser.Tests;

/// <summary>Known rows for the browser scenarios, stored through the app's own DbContext (independent of extraction quality).</summary>
internal static class TestData
{
    public static async Task AddAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var regions = new Dictionary<string, Region>();
        foreach (var code in new[] { "RU", "RU-TYU", "RU-VOR" })
        {
            regions[code] = await db.Regions.FindAsync(code)
                ?? db.Regions.Add(new Region { Code = code, Name = RegionGazetteer.NameOf(code) }).Entity;
        }

        Source SourceNamed(string name) =>
            db.Sources.Local.FirstOrDefault(s => s.Name == name) ?? db.Sources.FirstOrDefault(s => s.Name == name) ?? db.Sources.Add(new Source { Name = name }).Entity;

        Article Article(int n, string outlet, string title, DateOnly published, string text) => new()
        {
            Outlet = outlet,
            Title = title,
            Url = $"https://example.org/browser-test/{n}",
            Published = published,
            RawContent = text,
            ContentFormat = "text",
            CleanedText = text,
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
            Language = "en",
            IngestedAt = new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc),
            Version = 1,
        };

        Claim ClaimOf(int figure, ClaimKind kind, string source, DateOnly date, string region, string evidence, string text, bool denied = false) => new()
        {
            Figure = figure,
            Qualifier = Qualifier.Exact,
            Kind = kind,
            Source = SourceNamed(source),
            ClaimDate = date,
            ClaimDatePrecision = DatePrecision.Day,
            Regions = [regions[region]],
            Denied = denied,
            DeniedBy = denied ? "Dmitry Peskov" : null,
            Evidence = evidence,
            EvidenceStart = text.IndexOf(evidence, StringComparison.Ordinal),
            EvidenceLength = evidence.Length,
            Version = 1,
        };

        const string textA = "Verstka reported that the Kremlin plans to recruit 300,000 more soldiers. Peskov denied it. In Tyumen Oblast, 100 men received summonses.";
        var a = Article(1, "Novaya Gazeta Europe", "Kremlin plans 300,000 more soldiers", new DateOnly(2024, 3, 22), textA);
        a.Claims.Add(ClaimOf(300000, ClaimKind.Target, "Verstka", new DateOnly(2024, 3, 21), "RU", "Verstka reported that the Kremlin plans to recruit 300,000 more soldiers.", textA, denied: true));
        a.Claims.Add(ClaimOf(100, ClaimKind.Count, "Novaya Gazeta Europe", new DateOnly(2024, 3, 22), "RU-TYU", "In Tyumen Oblast, 100 men received summonses.", textA));
        const string textB = "The Moscow Times, citing Verstka, wrote that 300,000 people would be recruited.";
        var b = Article(2, "The Moscow Times", "300,000 to be recruited, Verstka says", new DateOnly(2024, 3, 25), textB);
        b.Claims.Add(ClaimOf(300000, ClaimKind.Target, "Verstka", new DateOnly(2024, 3, 25), "RU", textB, textB));
        db.Articles.AddRange(a, b);
        await db.SaveChangesAsync();
    }
}
