using System.Text.Json;
using MobilizationTracker.Web.Cli;

namespace MobilizationTracker.Web.Tests.Cli;

public sealed class VerbTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Extract_prints_the_seed_articles_as_json_and_creates_no_database()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "seeds", "manifest.json");

        var (exitCode, stdout, _) = await RunAsync("extract", "--manifest", manifest);

        exitCode.Should().Be(0);
        using var json = JsonDocument.Parse(stdout);
        var articles = json.RootElement.EnumerateArray().ToList();
        articles.Select(a => a.GetProperty("file").GetString()).Should().Equal(
            "000_4128a333739f4aed.txt", "001_5953783ade1d3edf.txt", "002_0e573ac1d9e53342.txt", "003_ea769b622ff2113b.txt", "004_9e7a1c714da1908b.txt");
        articles[0].GetProperty("published").GetString().Should().Be("2023-03-14");
        articles[0].GetProperty("outlet").GetString().Should().Be("The Kyiv Independent");
        foreach (var article in articles)
        {
            article.GetProperty("language").ValueKind.Should().Be(JsonValueKind.String);
            article.GetProperty("regions").ValueKind.Should().Be(JsonValueKind.Array);
            article.GetProperty("denials").ValueKind.Should().Be(JsonValueKind.Array);
            foreach (var claim in article.GetProperty("claims").EnumerateArray())
            {
                claim.EnumerateObject().Select(p => p.Name).Should().Equal(
                    "figure", "low", "high", "qualifier", "kind", "source", "claim_date", "regions", "denied", "denied_by", "evidence", "attribution");
                claim.GetProperty("claim_date").GetString().Should().MatchRegex(@"^\d{4}-\d{2}(-\d{2})?$");
            }
        }

        File.Exists(_database.FilePath).Should().BeFalse();
    }

    [Fact]
    public async Task Importing_the_seeds_twice_stores_them_once_and_both_runs_succeed()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds", "manifest.json");

        var first = await RunAsync("import", "--manifest", seeds);
        var second = await RunAsync("import", "--manifest", seeds);

        first.ExitCode.Should().Be(0, because: first.Stderr);
        first.Stdout.Should().EndWith("imported 5, duplicates 0, failed 0, skipped 0" + Environment.NewLine);
        second.ExitCode.Should().Be(0);
        second.Stdout.Should().EndWith("imported 0, duplicates 5, failed 0, skipped 0" + Environment.NewLine);
        (await _database.ScalarAsync("SELECT COUNT(*) FROM Articles")).Should().Be("5");
    }

    [Fact]
    public async Task A_txt_file_without_manifest_entry_fails_for_want_of_an_outlet_and_date()
    {
        var file = Path.Combine(_database.Folder, "loose.txt");
        await File.WriteAllTextAsync(file, "Some 40,000 people were mobilized.");

        var (exitCode, stdout, _) = await RunAsync("import", file);

        exitCode.Should().Be(1);
        stdout.Should().Contain("[1/1] loose.txt: failed: ").And.Contain("outlet");
        (await _database.ScalarAsync("SELECT COUNT(*) FROM Articles")).Should().Be("0");
    }

    [Fact]
    public async Task Migrate_creates_the_database_in_a_folder_that_does_not_exist_yet()
    {
        var path = Path.Combine(_database.Folder, "new", "folder", "tracker.db");

        var (exitCode, _, _) = await RunAsync(new Dictionary<string, string?> { ["ConnectionStrings:Tracker"] = $"Data Source={path}" }, "migrate");

        exitCode.Should().Be(0);
        File.Exists(path).Should().BeTrue();
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--help")]
    [InlineData("import")]
    [InlineData("import", "--unknown", "x")]
    [InlineData("extract")]
    public async Task Bad_usage_prints_the_usage_and_exits_with_2(params string[] args)
    {
        var (exitCode, stdout, stderr) = await RunAsync(args);

        exitCode.Should().Be(2);
        stderr.Should().Contain("Usage:");
        stdout.Should().BeEmpty();
    }

    [Fact]
    public void Options_for_the_web_host_are_not_taken_for_verbs()
    {
        TrackerCli.IsVerb(["--urls", "http://localhost:5000"]).Should().BeFalse();
        TrackerCli.IsVerb([]).Should().BeFalse();
        TrackerCli.IsVerb(["import", "x"]).Should().BeTrue();
    }

    [Fact]
    public async Task Healthcheck_fails_when_nothing_listens()
    {
        var (exitCode, _, stderr) = await RunAsync("healthcheck", "http://127.0.0.1:9/healthz");

        exitCode.Should().Be(1);
        stderr.Should().Contain("127.0.0.1:9");
    }

    public void Dispose() => _database.Dispose();

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string?> { ["ConnectionStrings:Tracker"] = _database.ConnectionString }, args);

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await TrackerCli.RunAsync(args, stdout, stderr, settings);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
