using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.History;
using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.Cli;

/// <summary>
/// <c>import [--manifest M.json] PATH...</c>: one progress line per file on stdout
/// (<c>[3/12] file.txt: imported, 4 claims</c>), then a summary; exit 1 when any file failed.
/// Without PATH, the manifest's files are imported.
/// </summary>
internal static class ImportVerb
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var (inputs, exitCode) = await VerbInputs.ParseAsync("import", args, stderr, ct);
        if (inputs is null)
        {
            return exitCode;
        }

        await TrackerDatabase.MigrateAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<HistoryActor>().Name = HistoryActor.Import;
        var importer = scope.ServiceProvider.GetRequiredService<FileImporter>();
        var summary = await importer.ImportAsync(inputs.Paths, inputs.Manifest, stdout, ct);
        await stdout.WriteLineAsync(summary.ToString());
        return summary.Failed > 0 ? TrackerCli.Failed : TrackerCli.Ok;
    }
}
