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
        var parsed = CliArguments.Parse(args, "manifest");
        var manifestPath = parsed.Options.GetValueOrDefault("manifest");
        if (parsed.Error is not null || (parsed.Positional.Count == 0 && manifestPath is null))
        {
            await stderr.WriteLineAsync((parsed.Error ?? "extract needs a --manifest (or PATHs).") + "\n" + TrackerCli.UsageText);
            return TrackerCli.Usage;
        }

        List<ManifestEntry> entries;
        try
        {
            entries = manifestPath is null ? [] : [.. await ImportManifest.LoadAsync(manifestPath, ct)];
        }
        catch (InvalidDataException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return TrackerCli.Failed;
        }

        entries.AddRange(parsed.Positional.Select(p => new ManifestEntry { File = Path.GetFileName(p), FullPath = Path.GetFullPath(p) }));
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
        var file = new FileInfo(entry.FullPath);
        if (!file.Exists)
        {
            return ExtractionResult.Rejected("No such file.");
        }

        if (file.Length > options.MaxBytes)
        {
            return ExtractionResult.Rejected(SubmissionRules.TooLarge(file.Length, options.MaxBytes));
        }

        var input = new ArticleInput
        {
            Content = await File.ReadAllBytesAsync(file.FullName, ct),
            FileName = file.Name,
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
