using System.Globalization;
using CsvHelper;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Export;

/// <summary>
/// Writes claim rows as RFC 4180 CSV (CsvHelper): header row, spec field names in snake_case,
/// tokens, ISO dates, invariant numbers. Text cells that begin with = + - @ tab CR LF or NUL are
/// prefixed with ' (OWASP); numeric cells are written as numbers and never escaped.
/// </summary>
public static class ClaimCsvWriter
{
    public static readonly string[] Columns =
    [
        "claim_id", "figure", "low", "high", "qualifier", "kind", "source", "claim_date", "claim_date_precision",
        "regions", "denied", "denied_by", "evidence", "article_id", "outlet", "title", "url", "published",
    ];

    /// <summary>OWASP's list minus LF and NUL, which CsvHelper does not accept here; <see cref="CsvField"/> handles those two.</summary>
    public const string InjectionCharacters = "=+-@\t\r";

    /// <summary>RFC 4180 (CRLF, quotes when needed), text cells starting like a formula get a leading '.</summary>
    public static CsvWriterOptions Options(bool byteOrderMark) => CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = InjectionCharacters,
        InjectionEscape = '\'',
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = byteOrderMark,
    };

    /// <summary>Streams the rows as UTF-8 to the stream; returns the row count.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<ClaimRow> rows, Stream output, bool byteOrderMark, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options(byteOrderMark), leaveOpen: true);
        return await WriteAsync(rows, csv, ct);
    }

    /// <summary>Streams the rows to a text writer (the export verb's standard output); returns the row count.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<ClaimRow> rows, TextWriter output, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options(byteOrderMark: false), leaveOpen: true);
        return await WriteAsync(rows, csv, ct);
    }

    private static async Task<long> WriteAsync(IAsyncEnumerable<ClaimRow> rows, CsvWriter csv, CancellationToken ct)
    {
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        await csv.EndRecordAsync(ct);
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            WriteRow(csv, row);
            await csv.EndRecordAsync(ct);
            count++;
        }

        await csv.FlushAsync(ct);
        return count;
    }

    private static void WriteRow(CsvWriter csv, ClaimRow row)
    {
        csv.WriteField(row.ClaimId);
        csv.WriteField(row.Figure);
        csv.WriteField(row.Low);
        csv.WriteField(row.High);
        csv.WriteField(row.Qualifier.ToToken());
        csv.WriteField(row.Kind.ToToken());
        csv.WriteField(CsvField.Text(row.Source));
        csv.WriteField(Tokens.FormatClaimDate(row.ClaimDate, row.ClaimDatePrecision));
        csv.WriteField(row.ClaimDatePrecision.ToToken());
        csv.WriteField(row.SortedRegionCodes);
        csv.WriteField(row.Denied ? "true" : "false");
        csv.WriteField(CsvField.Text(row.DeniedBy));
        csv.WriteField(CsvField.Text(row.Evidence));
        csv.WriteField(row.ArticleId);
        csv.WriteField(CsvField.Text(row.Outlet));
        csv.WriteField(CsvField.Text(row.Title));
        csv.WriteField(CsvField.Text(row.Url));
        csv.WriteField(Tokens.FormatDate(row.Published));
    }
}
