namespace MobilizationTracker.Extraction.Sentences;

/// <summary>One sentence of the cleaned text: its verbatim text and where it starts (UTF-16 offset).</summary>
public sealed record Sentence(int Index, int Start, string Text, int Paragraph, bool IsHeadline)
{
    public int Length => Text.Length;
}
