using Microsoft.Extensions.Primitives;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Export;

/// <summary>
/// The CLI verb: export --format csv|json [--from D --to D --region CODE ... --source S --outlet O
/// --kind K --denied yes|no --min N --max N --q WORDS] [--bom] [--output FILE]. Same filter, same
/// query, same writers as /export/claims.csv. Exit code 0 on success, 2 on bad arguments.
/// </summary>
public static class ExportCommand
{
    private static readonly HashSet<string> FilterKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "to", "region", "source", "outlet", "kind", "denied", "min", "max", "q",
    };

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, CancellationToken ct)
    {
        var format = "csv";
        string? output = null;
        var bom = false;
        var pairs = new List<KeyValuePair<string, StringValues>>();
        var list = args.SkipWhile(a => a.Equals("export", StringComparison.OrdinalIgnoreCase)).ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return await UsageAsync(stdout, $"Unexpected argument '{arg}'.");
            }

            var key = arg[2..];
            if (key.Equals("bom", StringComparison.OrdinalIgnoreCase))
            {
                bom = true;
                continue;
            }

            if (i + 1 >= list.Count)
            {
                return await UsageAsync(stdout, $"'{arg}' needs a value.");
            }

            var value = list[++i];
            if (key.Equals("format", StringComparison.OrdinalIgnoreCase))
            {
                format = value.ToLowerInvariant();
            }
            else if (key.Equals("output", StringComparison.OrdinalIgnoreCase))
            {
                output = value;
            }
            else if (FilterKeys.Contains(key))
            {
                pairs.Add(new(key.ToLowerInvariant(), value));
            }
            else
            {
                return await UsageAsync(stdout, $"Unknown option '{arg}'.");
            }
        }

        if (format is not ("csv" or "json"))
        {
            return await UsageAsync(stdout, $"Unknown format '{format}' (csv or json).");
        }

        var filter = ClaimFilter.FromQuery(pairs);
        if (filter.Problems.Count > 0)
        {
            return await UsageAsync(stdout, string.Join(" ", filter.Problems));
        }

        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var rows = ExportEndpoints.Stream(db, filter);
        long count;
        if (output is null)
        {
            count = format == "csv"
                ? await ClaimCsvWriter.WriteAsync(rows, stdout, ct)
                : await ClaimJsonWriter.WriteArrayAsync(rows, stdout, ct);
            return 0;
        }

        await using (var file = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024, useAsync: true))
        {
            count = format == "csv"
                ? await ClaimCsvWriter.WriteAsync(rows, file, bom, ct)
                : await ClaimJsonWriter.WriteArrayAsync(rows, file, ct);
        }

        await stdout.WriteLineAsync($"Exported {count} claims to {output}.");
        return 0;
    }

    private static async Task<int> UsageAsync(TextWriter stdout, string problem)
    {
        await stdout.WriteLineAsync(problem);
        await stdout.WriteLineAsync(
            "Usage: export --format csv|json [--from yyyy-MM-dd] [--to yyyy-MM-dd] [--region CODE]... [--source NAME] "
            + "[--outlet NAME] [--kind target|count|force_size|rate] [--denied yes|no] [--min N] [--max N] [--q WORDS] [--bom] [--output FILE]");
        return 2;
    }
}
