using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>Totals of one import run.</summary>
public sealed record ImportSummary(int Imported, int Duplicates, int Failed, int Skipped)
{
    public override string ToString() => $"imported {Imported}, duplicates {Duplicates}, failed {Failed}, skipped {Skipped}";
}

/// <summary>
/// Files and folders to articles, through <see cref="IngestionService"/>, one progress line per file
/// (the import verb and the seeding). A folder contributes its .html/.htm/.txt files; anything else
/// in it is reported as skipped. Sizes are checked before a file is read.
/// </summary>
public sealed class FileImporter(IngestionService ingestion, ExtractionOptions options)
{
    private static readonly string[] ArticleExtensions = [".html", ".htm", ".txt"];

    public async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> paths, IReadOnlyList<ManifestEntry> manifest, TextWriter progress, CancellationToken ct)
    {
        var byPath = manifest.GroupBy(e => e.FullPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var files = paths.Count == 0 ? [.. manifest.Select(e => (e.FullPath, Skip: (string?)null))] : Expand(paths);
        int imported = 0, duplicates = 0, failed = 0, skipped = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var (path, skip) = files[i];
            var line = skip is not null ? new Line(Status.Skipped, "skipped: " + skip) : await ImportOneAsync(path, byPath.GetValueOrDefault(path), ct);
            await progress.WriteLineAsync($"[{i + 1}/{files.Count}] {Path.GetFileName(path)}: {line.Text}");
            switch (line.Status)
            {
                case Status.Imported: imported++; break;
                case Status.Duplicate: duplicates++; break;
                case Status.Skipped: skipped++; break;
                default: failed++; break;
            }
        }

        return new ImportSummary(imported, duplicates, failed, skipped);
    }

    private async Task<Line> ImportOneAsync(string path, ManifestEntry? entry, CancellationToken ct)
    {
        var (content, problem) = await ArticleFile.ReadAsync(path, options.MaxBytes, ct);
        if (content is null)
        {
            return new(Status.Failed, "failed: " + problem);
        }

        var outcome = await ingestion.IngestAsync(new ArticleSubmission
        {
            Content = content,
            Format = ContentFormat.Auto,
            FileName = Path.GetFileName(path),
            Outlet = entry?.Outlet,
            Title = entry?.Title,
            Url = entry?.Url,
            Published = entry?.PublishedDate,
        }, ct);
        return outcome switch
        {
            IngestOutcome.Imported i => new(Status.Imported, $"imported, {i.ClaimCount} {(i.ClaimCount == 1 ? "claim" : "claims")}"),
            IngestOutcome.Duplicate d => new(Status.Duplicate, $"duplicate of article {d.ExistingArticleId} ({d.Reason})"),
            IngestOutcome.Failed f => new(Status.Failed, "failed: " + f.Reason),
            _ => throw new InvalidOperationException("Unknown outcome " + outcome),
        };
    }

    private static List<(string Path, string? Skip)> Expand(IReadOnlyList<string> paths)
    {
        var files = new List<(string, string?)>();
        foreach (var path in paths.Select(Path.GetFullPath))
        {
            if (!Directory.Exists(path))
            {
                files.Add((path, null));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
            {
                var isArticle = ArticleExtensions.Contains(Path.GetExtension(file).ToLowerInvariant());
                files.Add((file, isArticle ? null : "not an .html, .htm or .txt file"));
            }
        }

        return files;
    }

    private enum Status
    {
        Imported,
        Duplicate,
        Failed,
        Skipped,
    }

    private readonly record struct Line(Status Status, string Text);
}
