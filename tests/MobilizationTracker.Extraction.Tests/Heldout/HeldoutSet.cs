using System.Globalization;
using System.Text.Json;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Heldout;

/// <summary>
/// The held-out articles and their gold file, read in place from the source tree (the test project
/// file is not ours to change, so nothing is copied to the output folder).
/// </summary>
internal static class HeldoutSet
{
    private const string Folder = "tests/MobilizationTracker.Extraction.Tests/Heldout";

    public static string Directory { get; } = Path.Combine(FindRepositoryRoot(), Folder);

    public static IReadOnlyList<HeldoutArticle> Load()
    {
        var json = File.ReadAllText(Path.Combine(Directory, "gold.json"));
        return JsonSerializer.Deserialize<List<HeldoutArticle>>(json)
            ?? throw new InvalidDataException("Heldout/gold.json is empty.");
    }

    public static byte[] ReadBytes(HeldoutArticle article) =>
        File.ReadAllBytes(Path.Combine(Directory, "articles", article.File));

    /// <summary>The article as the extractor gets it: the file's bytes plus the gold metadata.</summary>
    public static ArticleInput InputFor(HeldoutArticle article) => new()
    {
        Content = ReadBytes(article),
        FileName = article.File,
        Outlet = article.Outlet,
        Title = article.Title,
        Url = article.Url,
        Published = DateOnly.ParseExact(article.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MobilizationTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No MobilizationTracker.sln above {AppContext.BaseDirectory}; the held-out set is read from the source tree.");
    }
}
