using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.History;

/// <summary>An article's history (its own and its claims' changes), newest first, with the changed fields spelled out.</summary>
public static class HistoryQuery
{
    public static async Task<IReadOnlyList<HistoryRow>> ForArticleAsync(TrackerDbContext db, int articleId, CancellationToken ct)
    {
        var entries = await db.History.AsNoTracking()
            .Where(h => h.ArticleId == articleId)
            .OrderByDescending(h => h.Id)
            .Take(500)
            .ToListAsync(ct);
        return [.. entries.Select(h => new HistoryRow(h.At, h.Actor, h.Entity, h.EntityId, h.Action, Changes(h.Before, h.After)))];
    }

    /// <summary>For an edit, each field whose value differs (before → after); for a create or delete, nothing (the action says it).</summary>
    public static IReadOnlyList<FieldChange> Changes(string? before, string? after)
    {
        if (before is null || after is null)
        {
            return [];
        }

        var old = Parse(before);
        var now = Parse(after);
        return [.. now.Keys.Union(old.Keys).Order(StringComparer.Ordinal)
            .Where(k => k is not "Version" && old.GetValueOrDefault(k) != now.GetValueOrDefault(k))
            .Select(k => new FieldChange(k, old.GetValueOrDefault(k), now.GetValueOrDefault(k)))];
    }

    private static Dictionary<string, string?> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => p.Value.GetString(),
                _ => p.Value.GetRawText(),
            },
            StringComparer.Ordinal);
    }

    public sealed record HistoryRow(DateTime At, string Actor, string Entity, int EntityId, string Action, IReadOnlyList<FieldChange> Changes);

    public sealed record FieldChange(string Field, string? Before, string? After);
}
