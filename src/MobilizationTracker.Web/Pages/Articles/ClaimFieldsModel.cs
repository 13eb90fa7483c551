namespace MobilizationTracker.Web.Pages.Articles;

/// <summary>The model of the _ClaimFields partial: one claim's inputs under a form-name prefix.</summary>
public sealed record ClaimFieldsModel(ClaimInput Claim, string Prefix, string Legend, bool CanDelete)
{
    public string Id(string field) => (Prefix + "_" + field).Replace('[', '_').Replace(']', '_').Replace('.', '_');

    public string Name(string field) => Prefix + "." + field;
}
