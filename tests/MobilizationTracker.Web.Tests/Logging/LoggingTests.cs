using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using MobilizationTracker.Web.Tests.Security;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace MobilizationTracker.Web.Tests.Logging;

public sealed class LoggingTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public void Logs_go_through_serilog_only()
    {
        var providers = factory.Services.GetServices<ILoggerProvider>().Select(p => p.GetType().Name).ToList();

        providers.Should().Equal("SerilogLoggerProvider");
    }

    [Fact]
    public async Task Each_request_is_one_event_with_method_path_status_and_duration_and_static_files_and_the_probe_are_debug()
    {
        var sink = new Collected();
        var events = sink.Events;
        using (var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.Replace(ServiceDescriptor.Singleton<Serilog.ILogger>(new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger())))))
        {
            var client = Browsing.Client(host);
            (await client.GetAsync("/compare")).EnsureSuccessStatusCode();
            (await client.GetAsync("/css/site.css")).EnsureSuccessStatusCode();
            (await client.GetAsync("/healthz")).EnsureSuccessStatusCode();
        }

        var requests = events.Where(e => e.Properties.ContainsKey("RequestPath")).ToList();
        requests.Select(e => (e.Properties["RequestPath"].ToString().Trim('"'), e.Level)).Should().Equal(
            ("/compare", LogEventLevel.Information), ("/css/site.css", LogEventLevel.Debug), ("/healthz", LogEventLevel.Debug));
        requests[0].RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Should().MatchRegex(@"^""?GET""? ""?/compare""? 200 in \d+ ms$");
    }

    private sealed class Collected : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }
}
