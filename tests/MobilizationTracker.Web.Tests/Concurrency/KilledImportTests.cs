using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MobilizationTracker.Web.Tests.Concurrency;

/// <summary>A real import process killed with SIGKILL part-way leaves a sound database with only whole articles.</summary>
public sealed partial class KilledImportTests : IDisposable
{
    private const int FileCount = 600;
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task An_import_killed_halfway_leaves_a_sound_database_with_no_half_stored_article()
    {
        var manifest = await WriteArticlesAsync();
        using var process = Start("import", "--manifest", manifest);
        int expectedClaims;
        try
        {
            expectedClaims = await FirstImportedClaimCountAsync(process);
            process.Kill();
            await process.WaitForExitAsync();
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        var articles = int.Parse(await _database.ScalarAsync("SELECT COUNT(*) FROM Articles"), CultureInfo.InvariantCulture);
        var claimCounts = await _database.ScalarAsync(
            "SELECT group_concat(n) FROM (SELECT (SELECT COUNT(*) FROM Claims c WHERE c.ArticleId = a.Id) AS n FROM Articles a)");
        var withoutHistory = await _database.ScalarAsync(
            "SELECT COUNT(*) FROM Articles a WHERE NOT EXISTS (SELECT 1 FROM History h WHERE h.Entity = 'article' AND h.EntityId = a.Id AND h.Action = 'create')");
        var historyWithoutArticle = await _database.ScalarAsync(
            "SELECT COUNT(*) FROM History h WHERE NOT EXISTS (SELECT 1 FROM Articles a WHERE a.Id = h.ArticleId)");

        (await _database.ScalarAsync("PRAGMA integrity_check")).Should().Be("ok");
        articles.Should().BeInRange(1, FileCount - 1, because: "the process was killed after the first article and before the last");
        claimCounts.Split(',').Should().OnlyContain(n => n == expectedClaims.ToString(CultureInfo.InvariantCulture),
            because: "every stored article has all the claims its file gives (each file gives the same claims)");
        withoutHistory.Should().Be("0");
        historyWithoutArticle.Should().Be("0");
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Files that differ only in a reference made of letters, so each extracts to the same claims.</summary>
    private async Task<string> WriteArticlesAsync()
    {
        var folder = Path.Combine(_database.Folder, "articles");
        Directory.CreateDirectory(folder);
        var entries = new List<object>();
        for (var i = 0; i < FileCount; i++)
        {
            var name = $"{i:D4}.txt";
            var reference = new string([.. i.ToString("D4", CultureInfo.InvariantCulture).Select(d => (char)('a' + (d - '0')))]);
            await File.WriteAllTextAsync(Path.Combine(folder, name),
                "Voronezh, 12 March 2024. The regional governor said on Monday that up to 1,234 reservists would be called up in Voronezh Oblast. "
                + "The defence ministry said 25,000 contract soldiers had signed up in March. Reference " + reference + ".");
            entries.Add(new { file = "articles/" + name, outlet = "Kill Test Outlet", title = "Article " + reference, url = (string?)null, published = "2024-03-12" });
        }

        var manifest = Path.Combine(_database.Folder, "manifest.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(entries));
        return manifest;
    }

    private Process Start(params string[] args)
    {
        var process = Cli.WebProcess.Start(_database.ConnectionString, null, args);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Reads progress lines until the first "imported, N claims" and returns N.</summary>
    private static async Task<int> FirstImportedClaimCountAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = Imported().Match(line);
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            line.Should().NotContain("failed", because: "the test files must import");
        }

        throw new InvalidOperationException("The import ended before storing an article.");
    }

    [GeneratedRegex(@": imported, (\d+) claims?$")]
    private static partial Regex Imported();
}
