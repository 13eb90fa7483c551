namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>
/// The model of the _ClaimFields partial: one claim's inputs under a form-name prefix; a delete box
/// when <c>CanDelete</c>; a link to <c>EvidenceHref</c>, where the claim's evidence is highlighted
/// on the page (the review step), when it is given.
/// </summary>
public sealed record ClaimFieldsModel(ClaimInput Claim, string Prefix, string Legend, bool CanDelete, string? EvidenceHref = null)
{
    public string Id(string field) => (Prefix + "_" + field).Replace('[', '_').Replace(']', '_').Replace('.', '_');

    public string Name(string field) => Prefix + "." + field;
}
