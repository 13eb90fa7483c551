using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Web.Claims;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Benchmarks;

/// <summary>
/// One timeline page's query (50 rows and one more, as a request reads it, in a new DbContext scope)
/// on a filled SQLite file, three ways: LINQ translated per request in the full row shape (the
/// baseline: how a filtered page was read before the compiled queries), the compiled query in the
/// timeline's list shape (the page now), and the compiled query in the full shape (the API now).
/// The file comes from tools/perf/run.sh (its cache, /tmp/mt-perf-cache/fill-*.db): set
/// TRACKER_BENCH_DB to it. Only reads; the file is not changed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TimelinePageBenchmarks
{
    private ServiceProvider _services = null!; // Set in GlobalSetup.
    private ClaimFilter _filter = ClaimFilter.Empty;

    [Params("", "region=RU-TYU", "source=Verstka", "min=100000&max=500000", "kind=force_size&denied=no")]
    public string Filter { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var file = Environment.GetEnvironmentVariable("TRACKER_BENCH_DB");
        if (string.IsNullOrEmpty(file) || !File.Exists(file))
        {
            throw new InvalidOperationException("Set TRACKER_BENCH_DB to a filled tracker database (tools/perf/run.sh fills one).");
        }

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Tracker"] = $"Data Source={file}" })
            .Build();
        _services = new ServiceCollection().AddTrackerData(configuration, AppContext.BaseDirectory).BuildServiceProvider();
        _filter = ClaimFilter.FromQuery(QueryHelpers.ParseQuery(Filter));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true, Description = "LINQ, full row")]
    public async Task<int> Linq()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var filter = await ClaimSearch.PrepareAsync(db, _filter, default);
        return (await TimelineQuery.FirstRows(db, filter, ascending: false, after: null, TimelineQuery.PageSize + 1).ToListAsync()).Count;
    }

    [Benchmark(Description = "compiled, list row (timeline)")]
    public Task<int> CompiledList() => Page(full: false);

    [Benchmark(Description = "compiled, full row (API)")]
    public Task<int> CompiledFull() => Page(full: true);

    private async Task<int> Page(bool full)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        return (await TimelineQuery.PageAsync(db, _filter, ascending: false, after: null, TimelineQuery.PageSize, full, default)).Rows.Count;
    }
}
