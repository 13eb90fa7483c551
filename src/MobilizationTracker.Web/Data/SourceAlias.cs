namespace MobilizationTracker.Web.Data;

/// <summary>Another spelling of a source ("Vyorstka" for Verstka); editors can add them.</summary>
public sealed class SourceAlias
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    public required string Alias { get; set; }
}
