using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MobilizationTracker.Web.Tests;

/// <summary>
/// The real web host on a real SQLite file in a temp folder of its own (<see cref="PostgreSqlAppFactory"/>: on PostgreSQL). Seeding is off unless a
/// test class turns it on, so each test creates the rows it asserts on.
/// </summary>
public class TrackerAppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mt-tests-" + Guid.NewGuid().ToString("N"));

    public TrackerAppFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    /// <summary>What the host's <see cref="TimeProvider"/> answers.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public string DatabasePath => Path.Combine(_folder, "tracker.db");

    /// <summary>The database the host uses: the SQLite file here, a PostgreSQL database in <see cref="PostgreSqlAppFactory"/>.</summary>
    public virtual string ConnectionString => $"Data Source={DatabasePath}";

    /// <summary>The host's <c>Tracker:Database</c>.</summary>
    protected virtual string DatabaseProvider => "Sqlite";

    /// <summary>Whether the host imports seeds/ into an empty database at start-up.</summary>
    protected virtual bool SeedOnStartup => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Tracker:Database", DatabaseProvider);
        builder.UseSetting("ConnectionStrings:Tracker", ConnectionString);
        builder.UseSetting("Tracker:SeedOnStartup", SeedOnStartup ? "true" : "false");
        builder.UseSetting("Tracker:SeedsPath", Path.Combine(AppContext.BaseDirectory, "seeds"));
        builder.UseSetting("Tracker:DataPath", _folder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FixedTimeProvider(Now))));
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
                // A file still held open by a finished test host is left for the OS to clean up.
            }
        }
    }
}
