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
/// <see cref="BatchSize"/> (the next batch extracted while one is stored), one progress line per file in order (the import verb and the seeding). A
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
        var batches = new List<(int Start, int Size)>();
        for (int start = 0, size = 1; start < files.Count; start += size, size = Math.Min(size * 2, BatchSize))
        {
            batches.Add((start, Math.Min(size, files.Count - start)));
        }

        // A pipeline of two: batch n + 1 is read and extracted (on every core) while batch n is stored (one
        // writer), so the cores that extraction leaves idle during the store are used. The first batch is
        // prepared alone, which reads the alias registry before any store runs (PrepareManyAsync's rule).
        Task<Prepared>? next = batches.Count > 0 ? PrepareBatchAsync(files, batches[0], byPath, ct) : null;
        try
        {
            for (var b = 0; b < batches.Count; b++)
            {
                var current = await next!;
                if (b + 1 < batches.Count)
                {
                    var following = batches[b + 1];
                    next = Task.Run(() => PrepareBatchAsync(files, following, byPath, ct), ct);
                }
                else
                {
                    next = null;
                }

                var lines = await StoreBatchAsync(current, ct);
                for (var k = 0; k < lines.Length; k++)
                {
                    await progress.WriteLineAsync($"[{current.Start + k + 1}/{files.Count}] {Path.GetFileName(files[current.Start + k].Path)}: {lines[k].Text}");
                    counts[(int)lines[k].Status]++;
                }

                await progress.FlushAsync(ct);
            }
        }
        finally
        {
            // A failed store leaves the next batch's preparation running: let it end before the scope does.
            if (next is not null)
            {
                await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }

        return new ImportSummary(counts[(int)Status.Imported], counts[(int)Status.Duplicate], counts[(int)Status.Failed], counts[(int)Status.Skipped]);
    }

    /// <summary>Reads the batch's files and extracts them; stores nothing.</summary>
    private async Task<Prepared> PrepareBatchAsync(
        List<(string Path, string? Skip)> files, (int Start, int Size) range, Dictionary<string, ManifestEntry> byPath, CancellationToken ct)
    {
        var lines = new Line[range.Size];
        var indexes = new List<int>();
        var submissions = new List<ArticleSubmission>();
        for (var k = 0; k < range.Size; k++)
        {
            var (path, skip) = files[range.Start + k];
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
            indexes.Add(k);
            submissions.Add(new ArticleSubmission
            {
                Content = content,
                Format = ContentFormat.Auto,
                FileName = Path.GetFileName(path),
                Outlet = entry?.Outlet,
                Title = entry?.Title,
                Url = entry?.Url,
                Published = entry?.PublishedDate,
            });
        }

        return new Prepared(range.Start, lines, indexes, await ingestion.PrepareManyAsync(submissions, ct));
    }

    private async Task<Line[]> StoreBatchAsync(Prepared prepared, CancellationToken ct)
    {
        var (lines, indexes) = (prepared.Lines, prepared.Indexes);
        var outcomes = await ingestion.StoreManyAsync(prepared.Batch, ct);
        for (var j = 0; j < indexes.Count; j++)
        {
            lines[indexes[j]] = outcomes[j] switch
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

    /// <summary>A batch read and extracted: a line for each file that never reached the extraction, the positions of the others, and their extraction.</summary>
    private sealed record Prepared(int Start, Line[] Lines, List<int> Indexes, PreparedBatch Batch);
}
