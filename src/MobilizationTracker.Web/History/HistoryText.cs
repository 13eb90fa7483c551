using System.Globalization;
using System.Text.Json;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Pages.Shared;

namespace MobilizationTracker.Web.History;

/// <summary>
/// History in words: field names as the forms call them, values as the pages show them (source
/// names for ids, figures with separators, kinds and qualifiers in words, region names, dates
/// written out); offsets and versions are left out.
/// </summary>
public sealed class HistoryText(IReadOnlyDictionary<int, string> sourceNames)
{
    /// <summary>The Entity of a source's own history rows (merges, aliases); their ArticleId is 0.</summary>
    public const string SourceEntity = "source";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["SourceId"] = "Source",
        ["ClaimDate"] = "Claim date",
        ["ClaimDatePrecision"] = "Date precision",
        ["DeniedBy"] = "Denied by",
        ["Attribution"] = "Source found by",
        ["Url"] = "URL",
        ["ContentFormat"] = "Format",
        ["ArticleId"] = "Article",
    };

    /// <summary>Stored columns nobody edits by name: identities, offsets, counters, hashes.</summary>
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        "Id", "Version", "EvidenceStart", "EvidenceLength", "ContentHash", "IngestedAt", "RawContent",
    };

    /// <summary>For an edit, each shown field whose value differs (before → after); for a create or delete, nothing (the summary says it).</summary>
    public IReadOnlyList<HistoryQuery.FieldChange> Changes(IReadOnlyDictionary<string, string?>? before, IReadOnlyDictionary<string, string?>? after)
    {
        if (before is null || after is null)
        {
            return [];
        }

        return [.. after.Keys.Union(before.Keys).Order(StringComparer.Ordinal)
            .Where(k => !Hidden.Contains(k) && before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => new HistoryQuery.FieldChange(Labels.GetValueOrDefault(k, k), Value(k, before.GetValueOrDefault(k)), Value(k, after.GetValueOrDefault(k))))];
    }

    /// <summary>"up to 300,000 (target), Defense Ministry, 14 March 2023" for a claim; the title for an article.</summary>
    public string? Summary(string entity, IReadOnlyDictionary<string, string?>? values)
    {
        if (values is null)
        {
            return null;
        }

        if (entity != "claim")
        {
            return values.GetValueOrDefault("Title");
        }

        var qualifier = Tokens.TryParseQualifier(values.GetValueOrDefault("Qualifier"), out var q) ? q : Qualifier.Exact;
        var figure = ClaimFormat.Figure(Int(values, "Figure"), Int(values, "Low"), Int(values, "High"), qualifier);
        var kind = Value("Kind", values.GetValueOrDefault("Kind"));
        var parts = new[] { figure + (kind is null ? "" : " (" + kind.ToLowerInvariant() + ")"), Value("SourceId", values.GetValueOrDefault("SourceId")), Date(values) };
        return string.Join(", ", parts.Where(p => !string.IsNullOrEmpty(p)));
    }

    /// <summary>The source's name for an id (the id itself when it is not known).</summary>
    public string Source(int id) => sourceNames.TryGetValue(id, out var name) ? name : "source " + id.ToString(CultureInfo.InvariantCulture);

    private string? Value(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        switch (field)
        {
            case "SourceId" when int.TryParse(value, out var id):
                return Source(id);
            case "Figure" or "Low" or "High" when int.TryParse(value, out var n):
                return ClaimFormat.Number(n);
            case "Kind" when Tokens.TryParseKind(value, out var kind):
                return ClaimFormat.Kind(kind);
            case "Qualifier" when Tokens.TryParseQualifier(value, out var qualifier):
                return ClaimFormat.QualifierWords(qualifier);
            case "ClaimDate" or "Published" when DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date):
                return ClaimFormat.Date(date, DatePrecision.Day);
            case "Denied":
                return value == "true" ? "yes" : "no";
            case "Regions":
                return ClaimFormat.RegionNames(JsonSerializer.Deserialize<string[]>(value) ?? []);
            default:
                return value;
        }
    }

    private static string? Date(IReadOnlyDictionary<string, string?> values) =>
        DateOnly.TryParse(values.GetValueOrDefault("ClaimDate"), CultureInfo.InvariantCulture, out var date)
            ? ClaimFormat.Date(date, Tokens.TryParsePrecision(values.GetValueOrDefault("ClaimDatePrecision"), out var p) ? p : DatePrecision.Day)
            : null;

    private static int? Int(IReadOnlyDictionary<string, string?> values, string field) =>
        int.TryParse(values.GetValueOrDefault(field), out var n) ? n : null;

    private static string Claims(string? count) => count == "1" ? "1 claim" : (count ?? "0") + " claims";

    /// <summary>A source's own history row in words: a merge or an added alias.</summary>
    public static string SourceChange(HistoryEntry entry)
    {
        var before = HistoryQuery.Parse(entry.Before);
        var after = HistoryQuery.Parse(entry.After);
        return entry.Action switch
        {
            "merge" => $"merged {before?.GetValueOrDefault("Source")} ({Claims(before?.GetValueOrDefault("Claims"))}) into {after?.GetValueOrDefault("Source")}",
            "alias" => $"added the alias “{after?.GetValueOrDefault("Alias")}” to {after?.GetValueOrDefault("Source")}",
            _ => entry.Action,
        };
    }
}
