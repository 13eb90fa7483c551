using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Regions;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Pages.Shared;

namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>One claim as the editor sees it in a form (the review table and the claim editor).</summary>
public sealed class ClaimInput
{
    [Range(1, int.MaxValue, ErrorMessage = "The figure must be a positive whole number.")]
    public int? Figure { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "Low must be a positive whole number.")]
    public int? Low { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "High must be a positive whole number.")]
    public int? High { get; set; }

    public string Qualifier { get; set; } = "exact";
    public string Kind { get; set; } = "target";

    [StringLength(200)]
    public string? Source { get; set; }

    [Display(Name = "Claim date")]
    public string? ClaimDate { get; set; }

    /// <summary>ISO 3166-2 codes separated by commas, e.g. "RU-VOR, RU-TYU".</summary>
    public string? Regions { get; set; }

    public bool Denied { get; set; }

    [StringLength(200)]
    [Display(Name = "Denied by")]
    public string? DeniedBy { get; set; }

    public string? Evidence { get; set; }

    /// <summary>Why the extractor gave the claim its source; shown, carried in a hidden field, kept when the editor changes the source.</summary>
    [StringLength(1000)]
    public string? Attribution { get; set; }

    public int EvidenceStart { get; set; } = -1;
    public int EvidenceLength { get; set; }
    public bool Delete { get; set; }

    /// <summary>Optimistic-concurrency token of the stored claim (editor only).</summary>
    public int Version { get; set; }

    public bool IsBlank =>
        Figure is null && Low is null && High is null && string.IsNullOrWhiteSpace(Source)
        && string.IsNullOrWhiteSpace(Evidence) && string.IsNullOrWhiteSpace(ClaimDate) && string.IsNullOrWhiteSpace(Regions);

    public IReadOnlyList<string> RegionCodes =>
        (Regions ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => RegionGazetteer.ByCode.TryGetValue(c, out var r) ? r.Code : c)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The draft's values as form fields (the review table and the claim editor).</summary>
    public static ClaimInput From(ClaimDraft c, int version = 0) => new()
    {
        Figure = c.Figure,
        Low = c.Low,
        High = c.High,
        Qualifier = c.Qualifier.ToToken(),
        Kind = c.Kind.ToToken(),
        Source = c.Source,
        ClaimDate = Tokens.FormatClaimDate(c.ClaimDate, c.ClaimDatePrecision),
        Regions = string.Join(", ", c.Regions),
        Denied = c.Denied,
        DeniedBy = c.DeniedBy,
        Evidence = c.Evidence,
        Attribution = c.Attribution,
        EvidenceStart = c.EvidenceStart,
        EvidenceLength = c.EvidenceLength,
        Version = version,
    };

    /// <summary>
    /// The handler checks DataAnnotations cannot express: a figure or low &lt;= high, known tokens,
    /// a valid claim date not after publication, region codes from the gazetteer. Errors go on the
    /// field's key (prefix + ".Figure", ...), so each shows next to its field.
    /// </summary>
    public void Validate(ModelStateDictionary state, string prefix, DateOnly? published)
    {
        if (Figure is not null && (Low is not null || High is not null))
        {
            state.AddModelError(prefix + ".Figure", "Enter either a figure or a range (low and high), not both.");
        }
        else if (Figure is null && (Low is null || High is null))
        {
            state.AddModelError(prefix + ".Figure", "Enter a figure, or both a low and a high bound for a range.");
        }
        else if (Figure is null && Low > High)
        {
            state.AddModelError(prefix + ".Low", "Low must not be greater than high.");
        }

        if (!Tokens.TryParseKind(Kind, out _))
        {
            state.AddModelError(prefix + ".Kind", "Choose a kind: target, count, force size or rate.");
        }

        if (!Tokens.TryParseQualifier(Qualifier, out _))
        {
            state.AddModelError(prefix + ".Qualifier", "Choose a qualifier: exact, approximately, up to or at least.");
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            state.AddModelError(prefix + ".Source", "Enter who made the claim (the outlet itself when no one is named).");
        }

        if (string.IsNullOrWhiteSpace(ClaimDate) && published is not null)
        {
            // No date of its own: the claim takes the publication date (ToDraft).
        }
        else if (!Tokens.TryParseClaimDate(ClaimDate, out var date, out _))
        {
            state.AddModelError(prefix + ".ClaimDate", "Enter the claim date as yyyy-MM-dd, or yyyy-MM for a month.");
        }
        else if (published is { } p && date > p)
        {
            state.AddModelError(prefix + ".ClaimDate", $"The claim date must not be after the publication date ({Tokens.FormatDate(p)}).");
        }

        var unknown = RegionCodes.Where(c => !RegionGazetteer.ByCode.ContainsKey(c)).ToList();
        if (unknown.Count > 0)
        {
            state.AddModelError(prefix + ".Regions", $"Unknown region code{(unknown.Count > 1 ? "s" : "")}: {string.Join(", ", unknown)}. Use ISO 3166-2 codes such as RU-VOR, or RU for nationwide.");
        }

        if (string.IsNullOrWhiteSpace(Evidence))
        {
            state.AddModelError(prefix + ".Evidence", "Quote the sentence the claim was read from.");
        }
    }

    /// <summary>"up to 300,000 (target), Defense Ministry": the claim in words, for the legend of its fields.</summary>
    public string Summary()
    {
        var qualifier = Tokens.TryParseQualifier(Qualifier, out var q) ? q : Extraction.Model.Qualifier.Exact;
        var kind = Tokens.TryParseKind(Kind, out var k) ? " (" + ClaimFormat.Kind(k).ToLowerInvariant() + ")" : "";
        var source = string.IsNullOrWhiteSpace(Source) ? "" : ", " + Source.Trim();
        return ClaimFormat.Figure(Figure, Low, High, qualifier) + kind + source;
    }

    /// <summary>The claim without its date (an extracted date counted from no publication date means nothing).</summary>
    public ClaimInput WithoutDate()
    {
        ClaimDate = null;
        return this;
    }

    /// <summary>The reviewed claim for ingestion (call after <see cref="Validate"/> found nothing); an empty claim date is the publication date.</summary>
    public ClaimDraft ToDraft(DateOnly? published = null)
    {
        var (date, precision) = (published ?? default, DatePrecision.Day);
        if (!string.IsNullOrWhiteSpace(ClaimDate) || published is null)
        {
            Tokens.TryParseClaimDate(ClaimDate, out date, out precision);
        }

        var evidence = Evidence!.Trim();
        var offsetsHold = EvidenceStart >= 0 && evidence.Length == EvidenceLength;
        return new ClaimDraft
        {
            Figure = Figure,
            Low = Figure is null ? Low : null,
            High = Figure is null ? High : null,
            Qualifier = Tokens.ParseQualifier(Qualifier),
            Kind = Tokens.ParseKind(Kind),
            Source = Source!.Trim(),
            ClaimDate = date,
            ClaimDatePrecision = precision,
            Regions = RegionCodes,
            Denied = Denied,
            DeniedBy = DeniedBy,
            Evidence = evidence,
            Attribution = Attribution,
            EvidenceStart = offsetsHold ? EvidenceStart : -1,
            EvidenceLength = offsetsHold ? EvidenceLength : 0,
        };
    }
}
