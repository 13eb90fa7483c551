using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.Cli;

/// <summary>
/// <c>extract --manifest M.json [PATH...]</c>: prints a JSON array, one object per article, in the
/// shape of seeds/gold.json. Touches no database (it does not even open one); logs go to stderr.
/// Exit 1 when an article could not be read (its object then carries an "error").
/// </summary>
internal static class ExtractVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var (inputs, exitCode) = await VerbInputs.ParseAsync("extract", args, stderr, ct);
        if (inputs is null)
        {
            return exitCode;
        }

        List<ManifestEntry> entries = [.. inputs.Manifest];
        entries.AddRange(inputs.Paths.Select(p => new ManifestEntry { File = Path.GetFileName(p), FullPath = Path.GetFullPath(p) }));
        var options = services.GetRequiredService<ExtractionOptions>();
        var extractor = new ClaimExtractor(SourceRegistry.Default, options);
        var articles = new List<ExtractedArticle>();
        foreach (var entry in entries)
        {
            var result = await ExtractOneAsync(extractor, options, entry, ct);
            if (result.Rejection is not null)
            {
                await stderr.WriteLineAsync($"{entry.File}: {result.Rejection}");
            }

            articles.Add(new ExtractedArticle(entry, result));
        }

        await stdout.WriteAsync(ExtractJson.Write(articles));
        await stdout.WriteLineAsync();
        return articles.Any(a => a.Result.Rejection is not null) ? TrackerCli.Failed : TrackerCli.Ok;
    }

    private static async Task<ExtractionResult> ExtractOneAsync(ClaimExtractor extractor, ExtractionOptions options, ManifestEntry entry, CancellationToken ct)
    {
        var (content, problem) = await ArticleFile.ReadAsync(entry.FullPath, options.MaxBytes, ct);
        if (content is null)
        {
            return ExtractionResult.Rejected(problem ?? "the file cannot be read");
        }

        var input = new ArticleInput
        {
            Content = content,
            FileName = Path.GetFileName(entry.FullPath),
            Outlet = entry.Outlet,
            Title = entry.Title,
            Url = entry.Url,
            Published = entry.PublishedDate,
        };
        return extractor.Extract(input, ct);
    }
}

/// <summary>One article of the extract verb's output.</summary>
internal sealed record ExtractedArticle(ManifestEntry Entry, ExtractionResult Result);
