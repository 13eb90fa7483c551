using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Web.Ingestion;

/// <summary>
/// The one path by which articles enter the database (form, import verb, seeding): read, clean,
/// extract, store, in one transaction. (Contract stub; the foundation work implements it.)
/// </summary>
public sealed class IngestionService
{
    /// <summary>Extracts without storing, for the form's review step.</summary>
    public Task<ExtractionResult> PreviewAsync(ArticleSubmission submission, CancellationToken ct) =>
        throw new NotImplementedException();

    /// <summary>Stores the article and its claims (the reviewed ones when given), or says why not.</summary>
    public Task<IngestOutcome> IngestAsync(ArticleSubmission submission, CancellationToken ct) =>
        throw new NotImplementedException();
}
