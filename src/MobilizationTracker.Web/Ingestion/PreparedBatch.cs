namespace MobilizationTracker.Web.Ingestion;

/// <summary>A batch of submissions extracted and checked by <see cref="IngestionService.PrepareManyAsync"/>, waiting for <see cref="IngestionService.StoreManyAsync"/>.</summary>
public sealed class PreparedBatch
{
    internal PreparedBatch(int count)
    {
        Articles = new PreparedArticle?[count];
        Outcomes = new IngestOutcome?[count];
    }

    /// <summary>By submission: the article ready to store, or null when it failed its checks (its outcome is set then).</summary>
    internal PreparedArticle?[] Articles { get; }

    internal IngestOutcome?[] Outcomes { get; }
}
