namespace MobilizationTracker.Web.Export;

/// <summary>The <c>export</c> verb. (Placeholder: the pages work replaces it with the CSV/JSON export.)</summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, CancellationToken ct)
    {
        await Console.Error.WriteLineAsync("export is not available yet".AsMemory(), ct);
        return 1;
    }
}
