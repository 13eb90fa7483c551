namespace MobilizationTracker.Web.History;

/// <summary>
/// Who the changes of this scope are recorded as: <see cref="Name"/> when a non-web path sets it
/// ("import", "seed"), else the signed-in user's name, else "system". Scoped.
/// </summary>
public sealed class HistoryActor(IHttpContextAccessor http)
{
    public const string Import = "import";
    public const string Seed = "seed";
    public const string System = "system";

    public string? Name { get; set; }

    public string Current =>
        Name ?? (http.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } user } ? user : System);
}
