using System.Data.Common;
using System.Net;
using Microsoft.Data.Sqlite;
using MobilizationTracker.Web.Tests.Security;
using Npgsql;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Pages;

/// <summary>The cases on SQLite; <see cref="PageCachePostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class PageCacheTests(TrackerAppFactory factory) : PageCacheCases<TrackerAppFactory>(factory);

public sealed class PageCachePostgreSqlTests(PostgreSqlAppFactory factory) : PageCacheCases<PostgreSqlAppFactory>(factory);

/// <summary>
/// Whole read pages are kept per URL, user and data version: a repeat is served from memory (the
/// output cache's Age header says so), and a write by a connection outside the app (as another
/// process or app instance would make it) is on the very next page.
/// </summary>
public abstract class PageCacheCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    private static string Outlet() => "Cached " + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A connection of its own, outside the app's pool and interceptors.</summary>
    private DbConnection OutsideConnection() =>
        factory is PostgreSqlAppFactory
            ? new NpgsqlConnection(factory.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(factory.ConnectionString) { Pooling = false }.ConnectionString);

    private async Task WriteOutsideAsync(string sql)
    {
        await using var connection = OutsideConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        (await command.ExecuteNonQueryAsync()).Should().Be(1);
    }

    private static async Task<(string Body, bool FromCache)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
    }

    /// <summary>
    /// Whether a repeat of the URL is served from the cache. On PostgreSQL the version is the cluster's
    /// snapshot, which the other test classes' writes (their own databases, the same server) move
    /// too, so a few repeats are allowed there. On SQLite each pooled handle reports a change once
    /// when another connection has committed since it last asked (the setup's writes, an earlier
    /// test's outside write), so a repeat that gets a handle which has not caught up misses once: one
    /// repeat per handle the pool may hand out (a CI run saw the first repeat miss).
    /// </summary>
    private async Task<bool> RepeatIsCachedAsync(HttpClient client, string url)
    {
        for (var attempt = factory is PostgreSqlAppFactory ? 20 : 4; attempt > 0; attempt--)
        {
            if ((await GetAsync(client, url)).FromCache)
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [InlineData("/?outlet={0}")]
    [InlineData("/api/claims?outlet={0}")]
    [InlineData("/chart?outlet={0}")]
    public async Task A_repeat_is_served_from_the_cache_and_an_outside_write_is_on_the_next_one(string template)
    {
        var outlet = Outlet();
        var (_, ids) = await AddArticleAsync(factory.Services, outlet, new DateOnly(2025, 7, 1), "Text.",
            new ClaimSpec(7123, Date: new DateOnly(2025, 6, 30)));
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(outlet));
        var client = factory.CreateClient();

        var first = await GetAsync(client, url);
        first.Body.Should().MatchRegex("7,?123");
        first.FromCache.Should().BeFalse();
        (await RepeatIsCachedAsync(client, url)).Should().BeTrue("the same URL with no write between is served from the cache");

        await WriteOutsideAsync($"UPDATE \"Claims\" SET \"Figure\" = 8456 WHERE \"Id\" = {ids[0]}");

        var after = await GetAsync(client, url);
        after.FromCache.Should().BeFalse("a commit by another connection changes the data version");
        after.Body.Should().MatchRegex("8,?456").And.NotMatchRegex("7,?123");
        (await RepeatIsCachedAsync(client, url)).Should().BeTrue();
    }

    [Fact]
    public async Task A_signed_in_user_gets_a_page_of_their_own()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2025, 7, 2), "Text.", new ClaimSpec(7124, Date: new DateOnly(2025, 7, 1)));
        var url = "/?outlet=" + Uri.EscapeDataString(outlet);
        var anonymous = Browsing.Client(factory);
        await GetAsync(anonymous, url);
        (await RepeatIsCachedAsync(anonymous, url)).Should().BeTrue();

        var (editor, email) = await Browsing.SignedInAsync(factory);
        var signedIn = await GetAsync(editor, url);
        signedIn.FromCache.Should().BeFalse();
        signedIn.Body.Should().Contain("Sign out (" + email + ")");
        (await GetAsync(editor, url)).Body.Should().Contain("Sign out (" + email + ")");

        (await GetAsync(anonymous, url)).Body.Should().NotContain("Sign out");
    }

    [Fact]
    public async Task A_redirect_is_not_kept()
    {
        var client = Browsing.Client(factory);
        (await client.GetAsync("/?q=")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var again = await client.GetAsync("/?q=");
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
        again.Headers.Age.Should().BeNull();
    }
}
