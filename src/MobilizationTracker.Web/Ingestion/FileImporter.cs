using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>Totals of one import run.</summary>
public sealed record ImportSummary(int Imported, int Duplicates, int Failed, int Skipped)
{
    public override string ToString() => $"imported {Imported}, duplicates {Duplicates}, failed {Failed}, skipped {Skipped}";
}

/// <summary>
/// Files and folders to articles, through <see cref="IngestionService"/> in batches of
/// <see cref="BatchSize"/>, one progress line per file in order (the import verb and the seeding). A
/// folder contributes its .html/.htm/.txt files; anything else in it is reported as skipped. Sizes
/// are checked before a file is read.
/// </summary>
public sealed class FileImporter(IngestionService ingestion, ExtractionOptions options)
{
    /// <summary>Articles stored per transaction: large enough that the per-transaction cost vanishes, small enough that a batch stays a few MB.</summary>
    public const int BatchSize = 100;

    private static readonly string[] ArticleExtensions = [".html", ".htm", ".txt"];

    public async Task<ImportSummary> ImportAsync(
        IReadOnlyList<string> paths, IReadOnlyList<ManifestEntry> manifest, TextWriter progress, CancellationToken ct)
    {
        var byPath = manifest.GroupBy(e => e.FullPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var files = paths.Count == 0 ? [.. manifest.Select(e => (e.FullPath, Skip: (string?)null))] : Expand(paths);
        var counts = new int[4];
        // The first batches are small (1, 2, 4 … up to BatchSize), so the first progress lines come at once.
        for (int start = 0, size = 1; start < files.Count; start += size, size = Math.Min(size * 2, BatchSize))
        {
            var batch = files.Skip(start).Take(size).ToList();
            var lines = await ImportBatchAsync(batch, byPath, ct);
            for (var k = 0; k < batch.Count; k++)
            {
                await progress.WriteLineAsync($"[{start + k + 1}/{files.Count}] {Path.GetFileName(batch[k].Path)}: {lines[k].Text}");
                counts[(int)lines[k].Status]++;
            }

            await progress.FlushAsync(ct);
        }

        return new ImportSummary(counts[(int)Status.Imported], counts[(int)Status.Duplicate], counts[(int)Status.Failed], counts[(int)Status.Skipped]);
    }

    private async Task<Line[]> ImportBatchAsync(List<(string Path, string? Skip)> batch, Dictionary<string, ManifestEntry> byPath, CancellationToken ct)
    {
        var lines = new Line[batch.Count];
        var submissions = new List<(int Index, ArticleSubmission Submission)>();
        for (var k = 0; k < batch.Count; k++)
        {
            var (path, skip) = batch[k];
            if (skip is not null)
            {
                lines[k] = new Line(Status.Skipped, "skipped: " + skip);
                continue;
            }

            var (content, problem) = await ArticleFile.ReadAsync(path, options.MaxBytes, ct);
            if (content is null)
            {
                lines[k] = new Line(Status.Failed, "failed: " + problem);
                continue;
            }

            var entry = byPath.GetValueOrDefault(path);
            submissions.Add((k, new ArticleSubmission
            {
                Content = content,
                Format = ContentFormat.Auto,
                FileName = Path.GetFileName(path),
                Outlet = entry?.Outlet,
                Title = entry?.Title,
                Url = entry?.Url,
                Published = entry?.PublishedDate,
            }));
        }

        var outcomes = await ingestion.IngestManyAsync([.. submissions.Select(s => s.Submission)], ct);
        for (var j = 0; j < submissions.Count; j++)
        {
            lines[submissions[j].Index] = outcomes[j] switch
            {
                IngestOutcome.Imported i => new(Status.Imported, $"imported, {i.ClaimCount} {(i.ClaimCount == 1 ? "claim" : "claims")}"),
                IngestOutcome.Duplicate d => new(Status.Duplicate, $"duplicate of article {d.ExistingArticleId} ({d.Reason})"),
                IngestOutcome.Failed f => new(Status.Failed, "failed: " + f.Reason),
                var other => throw new InvalidOperationException("Unknown outcome " + other),
            };
        }

        return lines;
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
