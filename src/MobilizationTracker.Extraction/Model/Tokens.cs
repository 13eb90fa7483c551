using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace MobilizationTracker.Extraction.Model;

/// <summary>
/// The spec's tokens for the vocabulary enums, and ISO date forms. The database, the CSV, the JSON
/// and the extract verb all use these, so they read alike.
/// </summary>
public static class Tokens
{
    public static string ToToken(this ClaimKind kind) => kind switch
    {
        ClaimKind.Target => "target",
        ClaimKind.Count => "count",
        ClaimKind.ForceSize => "force_size",
        ClaimKind.Rate => "rate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToToken(this Qualifier qualifier) => qualifier switch
    {
        Qualifier.Exact => "exact",
        Qualifier.Approx => "approx",
        Qualifier.UpTo => "upto",
        Qualifier.AtLeast => "atleast",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    public static string ToToken(this DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, null),
    };

    public static bool TryParseKind(string? token, out ClaimKind kind)
    {
        switch (token?.Trim().ToLowerInvariant())
        {
            case "target": kind = ClaimKind.Target; return true;
            case "count": kind = ClaimKind.Count; return true;
            case "force_size": kind = ClaimKind.ForceSize; return true;
            case "rate": kind = ClaimKind.Rate; return true;
            default: kind = default; return false;
        }
    }

    public static bool TryParseQualifier(string? token, out Qualifier qualifier)
    {
        switch (token?.Trim().ToLowerInvariant())
        {
            case "exact": qualifier = Qualifier.Exact; return true;
            case "approx": qualifier = Qualifier.Approx; return true;
            case "upto": qualifier = Qualifier.UpTo; return true;
            case "atleast": qualifier = Qualifier.AtLeast; return true;
            default: qualifier = default; return false;
        }
    }

    public static bool TryParsePrecision(string? token, out DatePrecision precision)
    {
        switch (token?.Trim().ToLowerInvariant())
        {
            case "day": precision = DatePrecision.Day; return true;
            case "month": precision = DatePrecision.Month; return true;
            default: precision = default; return false;
        }
    }

    public static ClaimKind ParseKind(string token) =>
        TryParseKind(token, out var kind) ? kind : throw new FormatException($"Unknown kind '{token}'.");

    public static Qualifier ParseQualifier(string token) =>
        TryParseQualifier(token, out var q) ? q : throw new FormatException($"Unknown qualifier '{token}'.");

    public static DatePrecision ParsePrecision(string token) =>
        TryParsePrecision(token, out var p) ? p : throw new FormatException($"Unknown date precision '{token}'.");

    /// <summary>ISO form of a claim date: yyyy-MM-dd, or yyyy-MM at month precision.</summary>
    public static string FormatClaimDate(DateOnly date, DatePrecision precision)
    {
        Span<byte> utf8 = stackalloc byte[DateBytes];
        return Encoding.ASCII.GetString(utf8[..FormatClaimDate(date, precision, utf8)]);
    }

    /// <summary>The UTF-8 bytes a date in ISO form takes at most (yyyy-MM-dd).</summary>
    public const int DateBytes = 10;

    /// <summary>
    /// <see cref="FormatClaimDate(DateOnly, DatePrecision)"/> written as UTF-8 into <paramref name="utf8"/> (at least
    /// <see cref="DateBytes"/> long), without a string: the JSON writers call it for every row. Returns the length.
    /// </summary>
    public static int FormatClaimDate(DateOnly date, DatePrecision precision, Span<byte> utf8)
    {
        // "O" is ISO 8601 (yyyy-MM-dd) on the runtime's fast path; a custom format string is parsed on every call.
        date.TryFormat(utf8, out var written, "O", CultureInfo.InvariantCulture);
        return precision == DatePrecision.Month ? "yyyy-MM".Length : written;
    }

    /// <summary>Parses yyyy-MM-dd (day precision) or yyyy-MM (month precision, first of the month).</summary>
    public static bool TryParseClaimDate(string? text, out DateOnly date, out DatePrecision precision)
    {
        text = text?.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            precision = DatePrecision.Day;
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            precision = DatePrecision.Month;
            return true;
        }

        precision = default;
        return false;
    }

    public static string FormatDate(DateOnly date) => FormatClaimDate(date, DatePrecision.Day);

    public static bool TryParseDate(string? text, [NotNullWhen(true)] out DateOnly? date)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        date = null;
        return false;
    }
}
