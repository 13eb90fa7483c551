using MobilizationTracker.Web.Ingestion;

namespace MobilizationTracker.Web.Cli;

/// <summary>
/// What the import and extract verbs take: <c>[--manifest M.json] PATH...</c>, at least one of the
/// two. Bad usage and an unreadable manifest are reported on stderr with the exit code to return.
/// </summary>
internal sealed record VerbInputs(IReadOnlyList<string> Paths, IReadOnlyList<ManifestEntry> Manifest)
{
    public static async Task<(VerbInputs? Inputs, int ExitCode)> ParseAsync(string verb, string[] args, TextWriter stderr, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, "manifest");
        var manifestPath = parsed.Options.GetValueOrDefault("manifest");
        if (parsed.Error is not null || (parsed.Positional.Count == 0 && manifestPath is null))
        {
            await stderr.WriteLineAsync((parsed.Error ?? $"{verb} needs a PATH or a --manifest.") + "\n" + TrackerCli.UsageText);
            return (null, TrackerCli.Usage);
        }

        try
        {
            var manifest = manifestPath is null ? [] : await ImportManifest.LoadAsync(manifestPath, ct);
            return (new VerbInputs(parsed.Positional, manifest), TrackerCli.Ok);
        }
        catch (InvalidDataException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return (null, TrackerCli.Failed);
        }
    }
}
