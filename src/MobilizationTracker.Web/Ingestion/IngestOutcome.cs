namespace MobilizationTracker.Web.Ingestion;

/// <summary>What happened to one submitted article.</summary>
public abstract record IngestOutcome
{
    private IngestOutcome()
    {
    }

    /// <summary>Stored, with this many claims.</summary>
    public sealed record Imported(int ArticleId, int ClaimCount) : IngestOutcome;

    /// <summary>Not stored: the same article is already there (Reason: "same URL" or "same text").</summary>
    public sealed record Duplicate(int ExistingArticleId, string Reason) : IngestOutcome;

    /// <summary>Not stored, nothing of it: Reason says why in words a user understands.</summary>
    public sealed record Failed(string Reason) : IngestOutcome;
}
