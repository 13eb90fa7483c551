using System.Diagnostics;
using System.Net;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>The users verb as a real process: the password comes from TRACKER_PASSWORD or standard input, never a default.</summary>
public sealed class UsersVerbTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task Users_add_makes_an_admin_who_can_sign_in_with_the_password_from_the_environment()
    {
        var email = $"admin-{Guid.NewGuid():N}@example.org";
        var password = "pw-" + Guid.NewGuid().ToString("N");
        _ = factory.Services; // the host migrates the database first

        var run = await RunAsync(password, null, "users", "add", "--role", "admin", email);
        var signIn = await Browsing.SignInAsync(Browsing.Client(factory), email, password);
        var list = await RunAsync(null, null, "users", "list");

        run.ExitCode.Should().Be(0, because: run.Stderr);
        run.Stdout.Should().Contain($"{email} was created with the admin role.");
        signIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        list.Stdout.Should().Contain(email + "\tadmin");
    }

    [Fact]
    public async Task Users_add_reads_the_password_from_standard_input_when_it_is_not_a_terminal()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var password = "pw-" + Guid.NewGuid().ToString("N");
        _ = factory.Services;

        var run = await RunAsync(null, password + "\n", "users", "add", "--role", "editor", email);

        run.ExitCode.Should().Be(0, because: run.Stderr);
        (await Browsing.SignInAsync(Browsing.Client(factory), email, password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Users_add_without_a_password_creates_nobody()
    {
        var email = $"nobody-{Guid.NewGuid():N}@example.org";
        _ = factory.Services;

        var run = await RunAsync(null, "", "users", "add", "--role", "admin", email);
        var list = await RunAsync(null, null, "users", "list");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("No password given");
        list.Stdout.Should().NotContain(email);
    }

    [Fact]
    public async Task Users_add_refuses_a_short_password_and_an_unknown_role()
    {
        _ = factory.Services;

        var shortPassword = await RunAsync("short", null, "users", "add", "--role", "editor", $"s-{Guid.NewGuid():N}@example.org");
        var unknownRole = await RunAsync("a-long-enough-password", null, "users", "add", "--role", "root", $"r-{Guid.NewGuid():N}@example.org");

        shortPassword.ExitCode.Should().Be(1);
        shortPassword.Stderr.Should().Contain("at least 12 characters");
        unknownRole.ExitCode.Should().Be(1);
        unknownRole.Stderr.Should().Contain("Unknown role 'root'");
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string? passwordVariable, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MobilizationTracker.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Tracker"] = factory.ConnectionString;
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment.Remove("TRACKER_PASSWORD");
        if (passwordVariable is not null)
        {
            start.Environment["TRACKER_PASSWORD"] = passwordVariable;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin ?? "");
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
