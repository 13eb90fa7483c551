namespace MobilizationTracker.Web.Data;

/// <summary>An official denial or explaining-away an article reports, with who made it.</summary>
public sealed class ArticleDenial
{
    public int Id { get; set; }
    public int ArticleId { get; set; }
    public required string By { get; set; }
    public required string Evidence { get; set; }
}
