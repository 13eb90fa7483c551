using System.Net;

namespace MobilizationTracker.Web.Tests.Security;

public sealed class DataProtectionKeyTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mt-keys-" + Guid.NewGuid().ToString("N"));

    public DataProtectionKeyTests()
    {
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public async Task A_sign_in_survives_a_restart_because_the_keys_live_in_the_data_folder()
    {
        string cookie;
        using (var first = new ConfiguredAppFactory("Testing", dataFolder: _folder))
        {
            var (email, password) = await Browsing.CreateUserAsync(first, "editor");
            var client = Browsing.Client(first);
            var signIn = await Browsing.SignInAsync(client, email, password);
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mt.auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        using var second = new ConfiguredAppFactory("Testing", dataFolder: _folder);
        var restarted = Browsing.Client(second);
        restarted.DefaultRequestHeaders.Add("Cookie", cookie);

        var response = await restarted.GetAsync("/articles/new");

        Directory.GetFiles(Path.Combine(_folder, "keys"), "key-*.xml").Should().NotBeEmpty();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS when a handle is still open.
        }
    }
}
