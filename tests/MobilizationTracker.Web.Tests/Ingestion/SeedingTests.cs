using System.Text.Json;
using AngleSharp;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Tests.Ingestion;

public sealed class SeedingTests
{
    private static readonly string[] SeedOutlets = ReadSeedOutlets();

    [Fact]
    public async Task The_home_page_lists_the_claims_of_the_five_seeds()
    {
        using var factory = new SeededAppFactory();
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        // Assert on what was stored and shown, not on exact claims: the extraction has its own gold tests.
        await using var db = Context(factory);
        var articles = await db.Articles.Select(a => a.Outlet).ToListAsync();
        articles.Should().BeEquivalentTo(SeedOutlets);
        var claims = await db.Claims.Select(c => c.Article!.Title).ToListAsync();
        claims.Should().NotBeEmpty();
        var page = await BrowsingContext.New().OpenAsync(r => r.Content(html));
        var rows = page.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Last().TextContent).ToList();
        rows.Should().BeEquivalentTo(claims);
    }

    [Fact]
    public async Task A_restart_on_the_same_database_imports_nothing_twice()
    {
        using var first = new SeededAppFactory();
        first.CreateClient();
        int articles, claims;
        await using (var db = Context(first))
        {
            articles = await db.Articles.CountAsync();
            claims = await db.Claims.CountAsync();
        }

        using var second = new SameDatabaseFactory(first.ConnectionString);
        second.CreateClient();

        await using var again = Context(second);
        (await again.Articles.CountAsync()).Should().Be(articles).And.Be(5);
        (await again.Claims.CountAsync()).Should().Be(claims);
    }

    [Fact]
    public async Task An_emptied_database_is_seeded_again_at_the_next_start()
    {
        using var first = new SeededAppFactory();
        first.CreateClient();
        await using (var db = Context(first))
        {
            await db.Articles.ExecuteDeleteAsync();
            (await db.Claims.CountAsync()).Should().Be(0);
        }

        using var second = new SameDatabaseFactory(first.ConnectionString);
        second.CreateClient();

        await using var again = Context(second);
        (await again.Articles.CountAsync()).Should().Be(5);
    }

    [Fact]
    public async Task Seeding_off_leaves_the_database_empty()
    {
        using var factory = new TrackerAppFactory();
        factory.CreateClient();

        await using var db = Context(factory);

        (await db.Articles.CountAsync()).Should().Be(0);
        (await db.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty();
    }

    private static TrackerDbContext Context(TrackerAppFactory factory) =>
        factory.Services.CreateScope().ServiceProvider.GetRequiredService<TrackerDbContext>();

    private static string[] ReadSeedOutlets()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "manifest.json")));
        return [.. manifest.RootElement.EnumerateArray().Select(e => e.GetProperty("outlet").GetString() ?? "")];
    }

    /// <summary>A second host on the first one's database file: a restart.</summary>
    private sealed class SameDatabaseFactory(string connectionString) : SeededAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Tracker", connectionString);
            SqliteConnection.ClearAllPools();
        }
    }
}
