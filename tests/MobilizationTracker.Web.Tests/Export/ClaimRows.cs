using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Tests.Export;

/// <summary>Claim rows for tests that need no database.</summary>
internal static class ClaimRows
{
    public static ClaimRow Make(
        int id = 1,
        int? figure = 400000,
        int? low = null,
        int? high = null,
        string source = "RFE/RL",
        string outlet = "The Kyiv Independent",
        string evidence = "RFE/RL wrote that Russia plans to hire 400,000 soldiers.",
        string title = "Russia plans to hire 400,000 soldiers",
        string? regions = "RU",
        bool denied = false,
        string? deniedBy = null,
        ClaimKind kind = ClaimKind.Target,
        Qualifier qualifier = Qualifier.Exact,
        DateOnly? date = null,
        DatePrecision precision = DatePrecision.Day,
        DateOnly? published = null,
        int articleId = 7) =>
        new(id, figure, low, high, qualifier, kind, source, date ?? new DateOnly(2023, 3, 14), precision, regions, denied, deniedBy,
            evidence, articleId, outlet, title, "https://example.org/a", published ?? new DateOnly(2023, 3, 14));

    public static async IAsyncEnumerable<ClaimRow> Async(params ClaimRow[] rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
