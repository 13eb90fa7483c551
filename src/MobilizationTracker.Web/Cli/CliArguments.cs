namespace MobilizationTracker.Web.Cli;

/// <summary>A verb's arguments: <c>--name value</c> (or <c>--name=value</c>) options and positional paths.</summary>
internal sealed record CliArguments(IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Positional, string? Error)
{
    /// <summary>Parses; every option named in <paramref name="known"/> takes one value.</summary>
    public static CliArguments Parse(IEnumerable<string> args, params string[] known)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var name = arg.Split('=', 2)[0][2..];
            if (!known.Contains(name))
            {
                return new(options, positional, $"Unknown option '{arg}'.");
            }

            string? value = arg.Contains('=') ? arg.Split('=', 2)[1] : e.MoveNext() ? e.Current : null;
            if (value is null)
            {
                return new(options, positional, $"Option '--{name}' needs a value.");
            }

            options[name] = value;
        }

        return new(options, positional, null);
    }
}
