using System.Text;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// The one normalisation every article text goes through (HTML and plain text alike). The claim
/// rules rely on exactly this, in this order:
/// <list type="number">
/// <item>Unicode NFC (composed letters, e.g. Cyrillic "й" as one char).</item>
/// <item>Line ends: CRLF, CR, NEL (U+0085) and LINE SEPARATOR (U+2028) become "\n"; PARAGRAPH
/// SEPARATOR (U+2029) becomes a blank line.</item>
/// <item>Removed: soft hyphen (U+00AD), zero-width space / non-joiner / joiner (U+200B-U+200D), word
/// joiner (U+2060), BOM / zero-width no-break space (U+FEFF), Mongolian vowel separator (U+180E),
/// bidi marks and embeddings (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), and control
/// characters (C0 except tab and line feed, DEL, C1). U+FFFD (a byte that could not be decoded) stays.</item>
/// <item>Spaces: tab, NBSP (U+00A0), the U+2000-U+200A spaces (en, em, thin, hair, figure U+2007 ...),
/// narrow NBSP (U+202F), medium mathematical space (U+205F), ideographic space (U+3000) and
/// U+1680 become " ". Inside a number this gives one plain space: "400&#160;000" and
/// "400&#8201;000" read "400 000".</item>
/// <item>Quotes: ‘ ’ ‚ ‛ ‹ › become '; “ ” „ ‟ « » become ". Primes (′ ″) are kept.</item>
/// <item>Dashes: hyphen and non-breaking hyphen (U+2010, U+2011) become "-". En dash, figure dash,
/// minus (U+2013, U+2012, U+2212, and small/full-width hyphen-minus) between two digits become "-"
/// with the spaces around them dropped ("500 – 600" reads "500-600"); the same for an em dash or
/// horizontal bar (U+2014, U+2015) written between digits without spaces ("500—600"). Otherwise an
/// em dash or bar is a clause break " - ", and so is an en dash with a space on either side;
/// an en dash between letters ("Russia–Ukraine") is "-".</item>
/// <item>Ellipsis (U+2026) becomes "...".</item>
/// <item>Runs of spaces collapse to one; every line is trimmed; a whitespace-only line is empty;
/// at most one blank line separates paragraphs; leading and trailing blank lines are dropped.</item>
/// </list>
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string text, CancellationToken ct = default)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            try
            {
                text = text.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                // Lone surrogates cannot be normalised; the characters are kept as they are.
            }
        }

        var mapped = MapCharacters(text, ct);
        return CollapseWhitespace(mapped, ct);
    }

    private static StringBuilder MapCharacters(string text, CancellationToken ct)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n' or '\u0085' or '\u2028':
                    sb.Append('\n');
                    break;
                case '\u2029':
                    sb.Append("\n\n");
                    break;
                case '\t' or '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000':
                    sb.Append(' ');
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A':
                    sb.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB':
                    sb.Append('"');
                    break;
                case '\u2010' or '\u2011':
                    sb.Append('-');
                    break;
                case '\u2012' or '\u2013' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' or '\u2014' or '\u2015':
                    AppendDash(sb, text, i);
                    break;
                case '\u2026':
                    sb.Append("...");
                    break;
                default:
                    if (!IsRemoved(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb;
    }

    private static bool IsRemoved(char c) =>
        c is '\u00AD' or (>= '\u200B' and <= '\u200F') or '\u2060' or '\uFEFF' or '\u180E'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            or (< ' ' and not '\t' and not '\n') or (>= '\u007F' and <= '\u009F');

    private static void AppendDash(StringBuilder sb, string text, int i)
    {
        var c = text[i];
        var isLong = c is '\u2014' or '\u2015';
        var spaceBefore = sb.Length > 0 && IsSpace(sb[^1]);
        var spaceAfter = i + 1 < text.Length && IsSpace(text[i + 1]);
        var digitBefore = LastNonSpace(sb) is >= '0' and <= '9';
        var digitAfter = NextNonSpace(text, i + 1) is >= '0' and <= '9';
        if (digitBefore && digitAfter && (!isLong || (!spaceBefore && !spaceAfter)))
        {
            TrimEndSpaces(sb);
            sb.Append('-');
            SkipSpacesMarker(sb);
            return;
        }

        if (isLong || spaceBefore || spaceAfter)
        {
            TrimEndSpaces(sb);
            sb.Append(" - ");
            return;
        }

        sb.Append('-');
    }

    // After a range dash, spaces that follow in the source are dropped by CollapseWhitespace
    // through this marker, which never survives: it is a removed character (U+200B).
    private static void SkipSpacesMarker(StringBuilder sb) => sb.Append('\u200B');

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u3000' or (>= '\u2000' and <= '\u200A');

    private static char LastNonSpace(StringBuilder sb)
    {
        for (var j = sb.Length - 1; j >= 0 && j >= sb.Length - 8; j--)
        {
            if (!IsSpace(sb[j]))
            {
                return sb[j];
            }
        }

        return '\0';
    }

    private static char NextNonSpace(string text, int from)
    {
        for (var j = from; j < text.Length && j < from + 8; j++)
        {
            if (!IsSpace(text[j]))
            {
                return text[j];
            }
        }

        return '\0';
    }

    private static void TrimEndSpaces(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
    }

    private static string CollapseWhitespace(StringBuilder text, CancellationToken ct)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var newlines = 0;
        var afterRangeDash = false;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            var c = text[i];
            if (c == '\u200B')
            {
                afterRangeDash = true;
                continue;
            }

            if (c == ' ')
            {
                pendingSpace = !afterRangeDash && (pendingSpace || sb.Length > 0);
                continue;
            }

            if (c == '\n')
            {
                newlines++;
                pendingSpace = false;
                continue;
            }

            afterRangeDash = false;
            if (newlines > 0 && sb.Length > 0)
            {
                sb.Append(newlines > 1 ? "\n\n" : "\n");
            }
            else if (pendingSpace && newlines == 0 && sb.Length > 0)
            {
                sb.Append(' ');
            }

            newlines = 0;
            pendingSpace = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
