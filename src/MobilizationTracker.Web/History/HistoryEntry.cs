namespace MobilizationTracker.Web.History;

/// <summary>
/// One create, edit or delete of an article or a claim: who, when, and the entity's stored values
/// before and after as JSON (null before a create and after a delete). Rows are only ever added.
/// </summary>
public sealed class HistoryEntry
{
    public int Id { get; set; }

    /// <summary>When the change was saved (UTC, from the app's <see cref="TimeProvider"/>).</summary>
    public DateTime At { get; set; }

    /// <summary>The signed-in user's name, or "import", "seed" or "system" for changes made without one.</summary>
    public required string Actor { get; set; }

    /// <summary>"article" or "claim".</summary>
    public required string Entity { get; set; }

    public int EntityId { get; set; }

    /// <summary>The article the entity belongs to (the article itself for an article), so its page can list its history.</summary>
    public int ArticleId { get; set; }

    /// <summary>"create", "edit" or "delete".</summary>
    public required string Action { get; set; }

    public string? Before { get; set; }
    public string? After { get; set; }
}
