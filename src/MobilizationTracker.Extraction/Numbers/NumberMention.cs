namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// A number written in a sentence: a value, or a range (Low, High). <see cref="Unit"/> is the
/// rounding the writing implies (1 for "422,704", 1000 for "422 thousand", 100000 for "1.5 million").
/// Start and Length are offsets within the sentence.
/// </summary>
public sealed record NumberMention(int Start, int Length, long? Value, long? Low, long? High, long Unit)
{
    public int End => Start + Length;
    public bool IsRange => Low is not null && High is not null;

    /// <summary>The largest number written (the value, or the top of the range).</summary>
    public long Magnitude => Value ?? High ?? 0;

    public bool IsWhole { get; init; } = true;

    /// <summary>Four plain digits with no separator or multiplier ("2022"), the way years are written.</summary>
    public bool IsPlainFourDigits { get; init; }

    /// <summary>The number as written before its multiplier ("1.5" of "1.5 million", 134.5 of «134,5 тыс.»).</summary>
    public decimal Written { get; init; }

    public static NumberMention Single(int start, int length, long value, long unit) => new(start, length, value, null, null, unit);
}
