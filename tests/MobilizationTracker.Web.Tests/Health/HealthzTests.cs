using System.Net;
using Microsoft.Data.Sqlite;

namespace MobilizationTracker.Web.Tests.Health;

public sealed class HealthzTests
{
    [Fact]
    public async Task Healthz_answers_200_healthy_when_the_database_is_reachable()
    {
        using var factory = new TrackerAppFactory();
        var client = factory.CreateClient();

        var response = await client.GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task Healthz_answers_503_unhealthy_when_the_database_cannot_be_opened()
    {
        using var factory = new TrackerAppFactory();
        var client = factory.CreateClient();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(factory.DatabasePath + suffix);
        }

        Directory.CreateDirectory(factory.DatabasePath);

        var response = await client.GetAsync("/healthz");

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        (await response.Content.ReadAsStringAsync()).Should().Be("Unhealthy");
    }
}
