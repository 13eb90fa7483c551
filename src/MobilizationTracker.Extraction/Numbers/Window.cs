namespace MobilizationTracker.Extraction.Numbers;

/// <summary>The words just before and after a number: every rule looks at a bounded neighbourhood.</summary>
internal static class Window
{
    private const int Size = 200;

    public static string Before(string sentence, NumberMention m) => sentence[Math.Max(0, m.Start - Size)..m.Start];

    public static string After(string sentence, NumberMention m) => sentence[m.End..Math.Min(sentence.Length, m.End + Size)];
}
