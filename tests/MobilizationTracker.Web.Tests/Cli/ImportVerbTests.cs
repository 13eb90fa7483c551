using System.Text.Json;

namespace MobilizationTracker.Web.Tests.Cli;

public sealed class ImportVerbTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly string _folder;

    public ImportVerbTests()
    {
        _folder = Path.Combine(_database.Folder, "articles");
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public async Task A_folder_of_bad_files_reports_each_stores_only_the_good_one_and_exits_non_zero()
    {
        const string text = "The ministry said 25,000 reservists were called up in March.";
        await File.WriteAllTextAsync(Path.Combine(_folder, "a-good.txt"), text);
        await File.WriteAllTextAsync(Path.Combine(_folder, "b-duplicate.txt"), "  " + text.ToUpperInvariant() + "\n");
        await File.WriteAllBytesAsync(Path.Combine(_folder, "c-binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF]);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "d-empty.txt"), []);
        await using (var huge = File.Create(Path.Combine(_folder, "e-huge.html")))
        {
            huge.SetLength(20L * 1024 * 1024);
        }

        await File.WriteAllTextAsync(Path.Combine(_folder, "f-notes.pdf"), "%PDF-1.4");
        var manifest = Path.Combine(_database.Folder, "manifest.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new[]
        {
            new { file = "articles/a-good.txt", outlet = "Test Outlet", title = "Good", url = (string?)null, published = "2024-03-22" },
            new { file = "articles/b-duplicate.txt", outlet = "Test Outlet", title = "Copy", url = (string?)null, published = "2024-03-23" },
        }));

        var run = await WebProcess.RunAsync(_database.ConnectionString, "import", "--manifest", manifest, _folder);

        run.ExitCode.Should().Be(1, because: run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().HaveCount(7);
        lines[0].Should().StartWith("[1/6] a-good.txt: imported, ");
        lines[1].Should().Be("[2/6] b-duplicate.txt: duplicate of article 1 (same text)");
        lines[2].Should().StartWith("[3/6] c-binary.txt: failed: ").And.ContainEquivalentOf("binary");
        lines[3].Should().StartWith("[4/6] d-empty.txt: failed: ").And.ContainEquivalentOf("empty");
        lines[4].Should().StartWith("[5/6] e-huge.html: failed: ").And.ContainEquivalentOf("too large");
        lines[5].Should().Be("[6/6] f-notes.pdf: skipped: not an .html, .htm or .txt file");
        lines[6].Should().Be("imported 1, duplicates 1, failed 3, skipped 1");
        (await _database.ScalarAsync("SELECT COUNT(*) FROM Articles")).Should().Be("1");
        (await _database.ScalarAsync("PRAGMA integrity_check")).Should().Be("ok");
    }

    [Fact]
    public async Task Extract_as_a_real_process_keeps_stdout_to_the_json_and_opens_no_database()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds", "manifest.json");

        var run = await WebProcess.RunAsync(_database.ConnectionString, "extract", "--manifest", seeds);

        run.ExitCode.Should().Be(0, because: run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetArrayLength().Should().Be(5);
        File.Exists(_database.FilePath).Should().BeFalse();
    }

    public void Dispose() => _database.Dispose();
}
