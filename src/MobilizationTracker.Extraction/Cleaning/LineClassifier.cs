using System.Text.RegularExpressions;
using MobilizationTracker.Extraction.Lexicon;

namespace MobilizationTracker.Extraction.Cleaning;

/// <summary>
/// Classifies one normalised line by its shape and a marker lexicon, never by matching known pages:
/// markers ("Read more"), chrome ("1 min read", "Updated with..."), donation and legal phrases,
/// photo credits ("Photo: X", "Name / AGENCY"), author blurbs and short unpunctuated labels.
/// </summary>
public static partial class LineClassifier
{
    public static LineKind Classify(string line)
    {
        var bare = line.Trim().TrimEnd('.', ':', '!', ' ').Trim();
        if (Lexicons.BoilerplateLines.TryGetValue(bare, out var role))
        {
            return role == "feed" ? LineKind.FeedMarker : LineKind.Chrome;
        }

        if (!bare.Any(char.IsLetter) || ReadingTime().IsMatch(bare) || Updated().IsMatch(bare))
        {
            return LineKind.Chrome;
        }

        if (AuthorBlurb().IsMatch(line))
        {
            return LineKind.FeedMarker;
        }

        if (IsDonationOrFooter(line))
        {
            return LineKind.DonationOrFooter;
        }

        if (IsPhotoCredit(line) || AgencyCredit().IsMatch(line) || WireCredit().IsMatch(line))
        {
            return LineKind.PhotoCaption;
        }

        if (!EndsLikeSentence(line) && WordCount(line) < 25)
        {
            return LineKind.ShortLabel;
        }

        return LineKind.Body;
    }

    public static bool IsDonationOrFooter(string line) =>
        line.AsSpan().ContainsAny(Lexicons.BoilerplatePhraseSearch);

    public static bool EndsLikeSentence(string line)
    {
        var trimmed = line.TrimEnd();
        return trimmed.Length > 0 && ".!?\"')]…".Contains(trimmed[^1], StringComparison.Ordinal);
    }

    public static int WordCount(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"^\d+\s*(?:min|mins|minute|minutes)\s+(?:read|listen)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^\(?\s*(?:Updated|Last updated|Published|Corrected)\b(?:\s*:|\s+with\b|\s+on\b|\s+at\b|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Updated();

    [GeneratedRegex(@"^(?:We are|I am|I'm|He is|She is|They are)\s+(?:the|a|an)\b.{0,80}\b(?:news team|reporter|journalist|correspondent|editor|writer|news desk|staff)|\bnews desk$|^(?:[A-Z][\w'-]+\s){1,3}is an? (?:\w+\s){0,3}(?:reporter|journalist|correspondent|editor|writer)\b")]
    private static partial Regex AuthorBlurb();

    /// <summary>A line ending in a photo credit ("Photo: X", "Photo by X", «Фото: X») in any language's words.</summary>
    private static bool IsPhotoCredit(string line) =>
        LanguageLexicon.All.Any(l => l.Pattern(@"(?:\b(?:{boilerplate-photo-words})\s*(?::|(?:{boilerplate-photo-by})\b)\s*[^.!?]{1,80}\.?$)|^(?:{boilerplate-photo-words}):").IsMatch(line));

    [GeneratedRegex(@"(?:\b(?:REUTERS|AP Photo|AFP|Getty Images|TASS|EPA|EPA-EFE|Sputnik|Kremlin\.ru|RIA Novosti|Anadolu)(?:/[\w .-]{0,40})*\)?\.?$)", RegexOptions.None)]
    private static partial Regex WireCredit();

    [GeneratedRegex(@"\.\s+(?:[A-Z][\p{L}'.-]+\s){1,3}/\s*[A-Z][\p{L}.-]*(?:\s[A-Z][\p{L}.-]*){0,2}\.?$|^(?:[A-Z][\p{L}'.-]+\s){1,3}/\s*[A-Z][\p{L}.-]*(?:\s[A-Z][\p{L}.-]*){0,2}\.?$")]
    private static partial Regex AgencyCredit();
}
