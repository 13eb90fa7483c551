using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
    public void Requests_are_logged_with_method_path_status_and_duration()
    {
        var options = factory.Services.GetRequiredService<IOptions<HttpLoggingOptions>>().Value;

        options.LoggingFields.Should().Be(
            HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration);
    }
}
