namespace MobilizationTracker.Web.Data;

/// <summary>A party claims are attributed to, under its canonical name.</summary>
public sealed class Source
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<SourceAlias> Aliases { get; set; } = [];
}
