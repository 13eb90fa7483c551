namespace MobilizationTracker.Browser.Tests;

/// <summary>The two screens every page is tried at: a laptop and a phone held upright.</summary>
public sealed record Screen(string Name, int Width, int Height, bool IsPhone)
{
    public static Screen Desktop { get; } = new("desktop", 1366, 900, IsPhone: false);

    public static Screen Phone { get; } = new("phone", 390, 844, IsPhone: true);

    /// <summary>For xunit theories: <c>[MemberData(nameof(Screen.Both), MemberType = typeof(Screen))]</c>.</summary>
    public static TheoryData<string> Both => new() { Desktop.Name, Phone.Name };

    public static Screen Named(string name) => name == Phone.Name ? Phone : Desktop;

    public override string ToString() => Name;
}
