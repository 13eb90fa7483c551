namespace MobilizationTracker.Web.Security;

/// <summary>The two roles and the authorization policies named after them.</summary>
public static class TrackerRoles
{
    /// <summary>Adds and edits articles and claims.</summary>
    public const string Editor = "editor";

    /// <summary>Everything an editor does, and manages users.</summary>
    public const string Admin = "admin";

    /// <summary>Policy: editor or admin.</summary>
    public const string EditorPolicy = "editor";

    /// <summary>Policy: admin.</summary>
    public const string AdminPolicy = "admin";

    public static readonly IReadOnlyList<string> All = [Editor, Admin];
}
