using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.History;

/// <summary>An article's history (its own and its claims' changes), newest first, with the changed fields spelled out in names and values.</summary>
public static class HistoryQuery
{
    public const int MaxRows = 500;

    public static async Task<IReadOnlyList<HistoryRow>> ForArticleAsync(TrackerDbContext db, int articleId, CancellationToken ct)
    {
        var entries = await db.History.AsNoTracking()
            .Where(h => h.ArticleId == articleId)
            .OrderByDescending(h => h.Id)
            .Take(MaxRows)
            .ToListAsync(ct);
        var snapshots = entries.Select(h => (h, Before: Parse(h.Before), After: Parse(h.After))).ToList();
        var names = await SourceNamesAsync(db, snapshots.SelectMany(s => new[] { s.Before, s.After }), ct);
        var text = new HistoryText(names);
        return [.. snapshots.Select(s => new HistoryRow(
            s.h.Id, s.h.At, s.h.Actor, s.h.Entity, s.h.EntityId, s.h.Action,
            text.Summary(s.h.Entity, s.Before ?? s.After),
            text.Changes(s.Before, s.After),
            s.h.Entity == "claim" && s.h.Action == "delete"))];
    }

    /// <summary>The names of the sources these snapshots refer to by id; a source merged away since is named from its merge's history row.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> SourceNamesAsync(
        TrackerDbContext db, IEnumerable<IReadOnlyDictionary<string, string?>?> snapshots, CancellationToken ct)
    {
        var ids = snapshots.OfType<IReadOnlyDictionary<string, string?>>()
            .Select(s => s.GetValueOrDefault("SourceId"))
            .Select(v => int.TryParse(v, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<int, string>();
        }

        var names = await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        if (names.Count < ids.Count)
        {
            var merges = await db.History.AsNoTracking().Where(h => h.Entity == HistoryText.SourceEntity && h.Action == "merge").Select(h => h.Before).ToListAsync(ct);
            foreach (var before in merges.Select(Parse).OfType<IReadOnlyDictionary<string, string?>>())
            {
                if (int.TryParse(before.GetValueOrDefault("Id"), out var id) && before.GetValueOrDefault("Source") is { } name)
                {
                    names.TryAdd(id, name);
                }
            }
        }

        return names;
    }

    /// <summary>A stored snapshot as field → value (strings as they are, other JSON as its text); null for null.</summary>
    public static IReadOnlyDictionary<string, string?>? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }

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

    /// <summary>One history row in words; CanRestore: a deleted claim, which its snapshot can bring back.</summary>
    public sealed record HistoryRow(
        int Id, DateTime At, string Actor, string Entity, int EntityId, string Action, string? Summary, IReadOnlyList<FieldChange> Changes, bool CanRestore);

    public sealed record FieldChange(string Field, string? Before, string? After);
}
