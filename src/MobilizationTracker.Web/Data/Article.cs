namespace MobilizationTracker.Web.Data;

/// <summary>A news article as ingested: metadata, the raw content as received and the cleaned text.</summary>
public sealed class Article
{
    public int Id { get; set; }
    public required string Outlet { get; set; }
    public required string Title { get; set; }
    public string? Url { get; set; }
    public DateOnly Published { get; set; }

    /// <summary>The content exactly as received (HTML or text), stored as text and only ever shown as text.</summary>
    public required string RawContent { get; set; }

    /// <summary>"html" or "text".</summary>
    public required string ContentFormat { get; set; }

    /// <summary>The article body without boilerplate; claim evidence offsets point into it.</summary>
    public required string CleanedText { get; set; }

    /// <summary>SHA-256 (hex) of the normalised cleaned text: a second copy of the same article is a duplicate.</summary>
    public required string ContentHash { get; set; }

    /// <summary>ISO 639-1 code, or "und".</summary>
    public required string Language { get; set; }

    /// <summary>When the article was stored (UTC).</summary>
    public DateTime IngestedAt { get; set; }

    /// <summary>Optimistic-concurrency token, bumped on every update.</summary>
    public int Version { get; set; }

    public List<Claim> Claims { get; set; } = [];
    public List<Region> Regions { get; set; } = [];
    public List<ArticleDenial> Denials { get; set; } = [];
}
