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
        json.WriteNumber(Names.ClaimId, row.ClaimId);
        WriteNullable(json, Names.Figure, row.Figure);
        WriteNullable(json, Names.Low, row.Low);
        WriteNullable(json, Names.High, row.High);
        json.WriteString(Names.Qualifier, row.Qualifier.ToToken());
        json.WriteString(Names.Kind, row.Kind.ToToken());
        json.WriteString(Names.Source, row.Source);
        WriteDate(json, Names.ClaimDate, row.ClaimDate, row.ClaimDatePrecision);
        json.WriteString(Names.ClaimDatePrecision, row.ClaimDatePrecision.ToToken());
        json.WriteStartArray(Names.Regions);
        var regions = row.SortedRegionCodes;
        if (regions.Length > 0)
        {
            foreach (var range in regions.AsSpan().Split(';'))
            {
                json.WriteStringValue(regions.AsSpan()[range]);
            }
        }

        json.WriteEndArray();
        json.WriteBoolean(Names.Denied, row.Denied);
        json.WriteString(Names.DeniedBy, row.DeniedBy);
        json.WriteString(Names.Evidence, row.Evidence);
        json.WriteNumber(Names.ArticleId, row.ArticleId);
        json.WriteString(Names.Outlet, row.Outlet);
        json.WriteString(Names.Title, row.Title);
        json.WriteString(Names.Url, row.Url);
        WriteDate(json, Names.Published, row.Published, DatePrecision.Day);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, JsonEncodedText name, DateOnly date, DatePrecision precision)
    {
        Span<byte> utf8 = stackalloc byte[Tokens.DateBytes];
        json.WriteString(name, utf8[..Tokens.FormatClaimDate(date, precision, utf8)]);
    }

    private static void WriteNullable(Utf8JsonWriter json, JsonEncodedText name, int? value)
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

    /// <summary>The claim's property names, encoded once (the writer would check and transcode each name for every row).</summary>
    private static class Names
    {
        public static readonly JsonEncodedText ClaimId = JsonEncodedText.Encode("claim_id");
        public static readonly JsonEncodedText Figure = JsonEncodedText.Encode("figure");
        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");
        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");
        public static readonly JsonEncodedText Qualifier = JsonEncodedText.Encode("qualifier");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText ClaimDate = JsonEncodedText.Encode("claim_date");
        public static readonly JsonEncodedText ClaimDatePrecision = JsonEncodedText.Encode("claim_date_precision");
        public static readonly JsonEncodedText Regions = JsonEncodedText.Encode("regions");
        public static readonly JsonEncodedText Denied = JsonEncodedText.Encode("denied");
        public static readonly JsonEncodedText DeniedBy = JsonEncodedText.Encode("denied_by");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText ArticleId = JsonEncodedText.Encode("article_id");
        public static readonly JsonEncodedText Outlet = JsonEncodedText.Encode("outlet");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
    }
}
