using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MobilizationTracker.Browser.Tests;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, on a temp SQLite file, so a real browser can
/// reach it. The scenarios' rows come from <see cref="TestData"/>.
/// </summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mt-browser-" + Guid.NewGuid().ToString("N"));

    public BrowserAppFactory()
    {
        Directory.CreateDirectory(_folder);
        UseKestrel(0);
    }

    public string BaseUrl
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("Kestrel reported no addresses.");
            return addresses.Addresses.First().Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:Tracker", $"Data Source={Path.Combine(_folder, "tracker.db")}");
        builder.UseSetting("Tracker:SeedOnStartup", "false");
        builder.UseSetting("Tracker:SeedsPath", Path.Combine(AppContext.BaseDirectory, "seeds"));
        builder.UseSetting("Tracker:DataPath", _folder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the stopped host is left for the OS to clean up.
            }
        }
    }
}
