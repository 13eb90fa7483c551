using Microsoft.Extensions.Configuration;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Tests.Security;

public sealed class SecurityOptionsTests
{
    [Theory]
    [InlineData("Data Source=/srv/tracker/tracker.db", null, null, "/srv/tracker/keys")]
    [InlineData(null, "/var/lib/tracker", null, "/var/lib/tracker/keys")]
    [InlineData("Data Source=/srv/tracker/tracker.db", null, "/etc/tracker-keys", "/etc/tracker-keys")]
    [InlineData("Data Source=:memory:", null, null, "/app/data/keys")]
    public void Data_protection_keys_live_next_to_the_database_unless_a_keys_path_is_given(
        string? connectionString, string? dataPath, string? keysPath, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tracker"] = connectionString,
            ["Tracker:DataPath"] = dataPath,
            ["Tracker:KeysPath"] = keysPath,
        }).Build();

        var options = SecurityOptions.From(configuration, "/app");

        options.KeysPath.Should().Be(expected);
    }
}
