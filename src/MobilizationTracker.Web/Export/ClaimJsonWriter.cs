using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Export;

/// <summary>Writes claim rows as JSON objects with the CSV's field names, streamed.</summary>
public static class ClaimJsonWriter
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // readable Cyrillic; served as application/json, never inlined in HTML
        Indented = false,
    };

    /// <summary>A JSON array of claims, flushed every few hundred rows; returns the row count.</summary>
    public static async Task<long> WriteArrayAsync(IAsyncEnumerable<ClaimRow> rows, Stream output, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartArray();
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            WriteClaim(json, row);
            if (++count % 500 == 0)
            {
                await json.FlushAsync(ct);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(ct);
        return count;
    }

    /// <summary>The same JSON array written to a text writer (the export verb's standard output).</summary>
    public static async Task<long> WriteArrayAsync(IAsyncEnumerable<ClaimRow> rows, TextWriter output, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>();
        await output.WriteAsync("[");
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteClaim(json, row);
            }

            await output.WriteAsync((count++ == 0 ? "" : ",") + Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        await output.WriteLineAsync("]");
        await output.FlushAsync(ct);
        return count;
    }

    public static void WriteClaim(Utf8JsonWriter json, ClaimRow row)
    {
        json.WriteStartObject();
        json.WriteNumber("claim_id", row.ClaimId);
        WriteNullable(json, "figure", row.Figure);
        WriteNullable(json, "low", row.Low);
        WriteNullable(json, "high", row.High);
        json.WriteString("qualifier", row.Qualifier.ToToken());
        json.WriteString("kind", row.Kind.ToToken());
        json.WriteString("source", row.Source);
        json.WriteString("claim_date", Tokens.FormatClaimDate(row.ClaimDate, row.ClaimDatePrecision));
        json.WriteString("claim_date_precision", row.ClaimDatePrecision.ToToken());
        json.WriteStartArray("regions");
        var regions = row.SortedRegionCodes;
        if (regions.Length > 0)
        {
            foreach (var range in regions.AsSpan().Split(';'))
            {
                json.WriteStringValue(regions.AsSpan()[range]);
            }
        }

        json.WriteEndArray();
        json.WriteBoolean("denied", row.Denied);
        json.WriteString("denied_by", row.DeniedBy);
        json.WriteString("evidence", row.Evidence);
        json.WriteNumber("article_id", row.ArticleId);
        json.WriteString("outlet", row.Outlet);
        json.WriteString("title", row.Title);
        json.WriteString("url", row.Url);
        json.WriteString("published", Tokens.FormatDate(row.Published));
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
