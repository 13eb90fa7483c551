using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Cli;

/// <summary>The extract verb's JSON: the field names and value forms of seeds/gold.json.</summary>
internal static class ExtractJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<ExtractedArticle> articles)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var article in articles)
            {
                WriteArticle(json, article);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteArticle(Utf8JsonWriter json, ExtractedArticle article)
    {
        var (entry, result) = article;
        var published = entry.PublishedDate ?? result.Metadata.Published;
        json.WriteStartObject();
        json.WriteString("file", entry.File);
        json.WriteString("outlet", entry.Outlet ?? result.Metadata.Outlet);
        json.WriteString("title", entry.Title ?? result.Metadata.Title);
        json.WriteString("url", entry.Url ?? result.Metadata.Url);
        json.WriteString("published", published is { } p ? Tokens.FormatDate(p) : null);
        json.WriteString("language", result.Language);
        json.WriteStartArray("claims");
        foreach (var claim in result.Claims)
        {
            WriteClaim(json, claim);
        }

        json.WriteEndArray();
        WriteStrings(json, "regions", result.Regions);
        json.WriteStartArray("denials");
        foreach (var denial in result.Denials)
        {
            json.WriteStartObject();
            json.WriteString("by", denial.By);
            json.WriteString("evidence", denial.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (result.Rejection is not null)
        {
            json.WriteString("error", result.Rejection);
        }

        json.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter json, ExtractedClaim claim)
    {
        json.WriteStartObject();
        WriteNumber(json, "figure", claim.Figure);
        WriteNumber(json, "low", claim.Low);
        WriteNumber(json, "high", claim.High);
        json.WriteString("qualifier", claim.Qualifier.ToToken());
        json.WriteString("kind", claim.Kind.ToToken());
        json.WriteString("source", claim.Source);
        json.WriteString("claim_date", Tokens.FormatClaimDate(claim.ClaimDate, claim.ClaimDatePrecision));
        WriteStrings(json, "regions", claim.Regions);
        json.WriteBoolean("denied", claim.Denied);
        json.WriteString("denied_by", claim.DeniedBy);
        json.WriteString("evidence", claim.Evidence);
        json.WriteString("attribution", claim.Attribution);
        json.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
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

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
