using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.Tests.Ingestion;

public sealed class ArticleFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mt-articlefile-").FullName;

    [Fact]
    public async Task A_missing_file_is_a_problem_not_an_exception()
    {
        var (content, problem) = await ArticleFile.ReadAsync(Path.Combine(_folder, "absent.txt"), 1024, CancellationToken.None);

        content.Should().BeNull();
        problem.Should().Be("no such file");
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_the_limit()
    {
        var path = Path.Combine(_folder, "big.txt");
        await File.WriteAllBytesAsync(path, new byte[2048]);

        var (content, problem) = await ArticleFile.ReadAsync(path, 1024, CancellationToken.None);

        content.Should().BeNull();
        problem.Should().Contain("too large");
    }

    [Fact]
    public async Task A_file_within_the_limit_is_read_whole()
    {
        var path = Path.Combine(_folder, "ok.txt");
        await File.WriteAllTextAsync(path, "Some 300,000 reservists were called up.");

        var (content, problem) = await ArticleFile.ReadAsync(path, 1024, CancellationToken.None);

        problem.Should().BeNull();
        content.Should().Equal(await File.ReadAllBytesAsync(path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
