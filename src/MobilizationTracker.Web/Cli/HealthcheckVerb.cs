using MobilizationTracker.Web.Health;

namespace MobilizationTracker.Web.Cli;

/// <summary>
/// <c>healthcheck [URL]</c>: the container's probe (the runtime image has no curl). GETs /healthz of
/// the site on ASPNETCORE_HTTP_PORTS (default 8080); exit 0 when it answers 200.
/// </summary>
internal static class HealthcheckVerb
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var port = (Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS") ?? "8080").Split([',', ';'])[0].Trim();
        var url = args.Length > 0 ? args[0] : $"http://localhost:{port}{HealthEndpoints.Path}";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            await stdout.WriteLineAsync($"{(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode ? TrackerCli.Ok : TrackerCli.Failed;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or UriFormatException)
        {
            await stderr.WriteLineAsync($"{url}: {e.Message}");
            return TrackerCli.Failed;
        }
    }
}
