using System.Globalization;
using System.Text.RegularExpressions;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Publication dates as pages write them: ISO 8601 (the date as written, not moved to UTC:
/// "2023-03-15T23:30:00+03:00" is 15 March), "2023/03/15", "20230315", RFC 1123 and English
/// month-name forms ("March 15, 2023", "15 Mar 2023").
/// </summary>
internal static partial class MetadataDates
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
        {
            return null;
        }

        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            return Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }

        // Only text that names its year: "March 15" alone would be read in the current year.
        if (!Year().IsMatch(value))
        {
            return null;
        }

        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, styles, out var parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return y is >= 1900 and <= 2999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
    }

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"^\s*(?<y>\d{4})(?:[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
