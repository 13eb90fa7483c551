using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Cli;

/// <summary>
/// <c>users add --role admin|editor EMAIL</c> creates an account; the password comes from the
/// <c>TRACKER_PASSWORD</c> environment variable, else from a prompt (not echoed) when standard input
/// is a terminal, else from the first line of standard input. There is no default password.
/// <c>users list</c> prints each account with its roles.
/// </summary>
internal static class UsersVerb
{
    public const string PasswordVariable = "TRACKER_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args.Skip(1), "role");
        var action = args.FirstOrDefault();
        if (parsed.Error is not null || action is not ("add" or "list"))
        {
            await stderr.WriteLineAsync((parsed.Error ?? "users needs 'add' or 'list'.") + "\n" + TrackerCli.UsageText);
            return TrackerCli.Usage;
        }

        await TrackerDatabase.MigrateAsync(services, ct);
        if (action == "list")
        {
            foreach (var (account, roles, lockedOut) in await UserAccounts.ListAsync(services))
            {
                await stdout.WriteLineAsync($"{account}\t{string.Join(",", roles)}{(lockedOut ? "\tlocked out" : "")}");
            }

            return TrackerCli.Ok;
        }

        var role = parsed.Options.GetValueOrDefault("role");
        if (role is null || parsed.Positional.Count != 1)
        {
            await stderr.WriteLineAsync("users add needs --role admin|editor and one EMAIL.\n" + TrackerCli.UsageText);
            return TrackerCli.Usage;
        }

        var password = ReadPassword(stderr);
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync($"No password given: set {PasswordVariable} or type it at the prompt.");
            return TrackerCli.Usage;
        }

        var email = parsed.Positional[0].Trim();
        var errors = await UserAccounts.CreateAsync(services, email, password, role);
        if (errors.Count > 0)
        {
            await stderr.WriteLineAsync($"{email} was not created: " + string.Join(" ", errors));
            return TrackerCli.Failed;
        }

        await stdout.WriteLineAsync($"{email} was created with the {role} role.");
        return TrackerCli.Ok;
    }

    private static string? ReadPassword(TextWriter stderr)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        stderr.Write("Password: ");
        var first = ReadHidden();
        stderr.Write("Password again: ");
        var second = ReadHidden();
        if (first != second)
        {
            stderr.WriteLine("The two passwords differ.");
            return null;
        }

        return first;
    }

    /// <summary>Reads a line from the terminal without echoing it.</summary>
    private static string ReadHidden()
    {
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return new string([.. chars]);
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0)
                {
                    chars.RemoveAt(chars.Count - 1);
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                chars.Add(key.KeyChar);
            }
        }
    }
}
