using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Numbers;

/// <summary>
/// The hedge written before (or just after) a figure: approx (about, around, approximately, some,
/// roughly, almost, nearly, an estimated), upto (up to, as many as), atleast (at least, more than,
/// over, in excess of; "or more" after it); exact otherwise.
/// </summary>
public static partial class QualifierReader
{
    public static Qualifier Read(string sentence, NumberMention mention)
    {
        var before = Window.Before(sentence, mention);
        var after = Window.After(sentence, mention);
        if (UpTo().IsMatch(before))
        {
            return Qualifier.UpTo;
        }

        if (AtLeast().IsMatch(before) || OrMore().IsMatch(after))
        {
            return Qualifier.AtLeast;
        }

        return Approx().IsMatch(before) ? Qualifier.Approx : Qualifier.Exact;
    }

    [GeneratedRegex(@"\b(?:up to|as many as|as much as|no more than|not more than|a maximum of|maximum of|at most|at maximum)\s+(?:an?\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UpTo();

    [GeneratedRegex(@"(?:\b(?:at least|more than|over|in excess of|upwards of|no fewer than|no less than|not less than|a minimum of|above|exceeding|well over|just over)\s+(?:an?\s+)?|>\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AtLeast();

    [GeneratedRegex(@"^(?:\s+or more\b|\s*\+|-plus\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OrMore();

    [GeneratedRegex(@"(?:\b(?:about|around|approximately|approx\.|some|roughly|almost|nearly|an estimated|estimated|close to|circa|just under|around an estimated|an approximate|approximate)\s+(?:an?\s+)?|~\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Approx();
}
