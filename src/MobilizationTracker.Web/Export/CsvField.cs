namespace MobilizationTracker.Web.Export;

/// <summary>
/// OWASP's CSV-injection list is = + - @ tab CR LF NUL. CsvHelper's escaping (on in
/// <see cref="ClaimCsvWriter.Options"/>) accepts only printable ASCII plus tab and CR as injection
/// characters, so the two it cannot take, LF and NUL, are neutralised here the same way: a leading '.
/// </summary>
public static class CsvField
{
    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '\n' or '\0' ? "'" + value : value ?? "";
}
