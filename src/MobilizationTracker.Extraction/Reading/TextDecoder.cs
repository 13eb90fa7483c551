using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Bytes to a string, in the order a browser uses: a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE) wins;
/// then UTF-16 recognised by its zero bytes; then a charset declared in the first 8 KB
/// (<c>&lt;meta charset&gt;</c>, <c>http-equiv="Content-Type"</c>, <c>&lt;?xml encoding?&gt;</c>);
/// otherwise UTF-8. A declared single-byte charset is overruled when the bytes are valid UTF-8 with
/// non-ASCII characters in them (a page saved as UTF-8 that kept its old declaration). Undeclared
/// bytes that are not UTF-8 but mostly Cyrillic letters are read as windows-1251 or KOI8-R, with a
/// warning; other invalid UTF-8 is decoded with U+FFFD replacement characters and a warning.
/// </summary>
internal static partial class TextDecoder
{
    private const int PrescanBytes = 8 * 1024;

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The encoding a BOM or the zero-byte pattern announces, or null; sets the BOM length.</summary>
    public static Encoding? DetectUnicode(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        bomLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return new UTF8Encoding(false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            bomLength = 4;
            return new UTF32Encoding(bigEndian: false, byteOrderMark: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }

        return DetectBomlessUtf16(bytes);
    }

    /// <summary>Decodes bytes that are known not to be UTF-16/32 (see <see cref="DetectUnicode"/>).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, List<string> warnings)
    {
        var declared = FindDeclaredCharset(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var isUtf8 = Utf8.IsValid(bytes);
        if (declared is not null)
        {
            var encoding = ResolveLabel(declared);
            if (encoding is null)
            {
                warnings.Add($"The declared charset '{declared}' is unknown; the content was read as UTF-8.");
            }
            else if (encoding.CodePage != Encoding.UTF8.CodePage)
            {
                if (isUtf8 && ContainsNonAscii(bytes))
                {
                    warnings.Add($"The content declares charset '{declared}' but is valid UTF-8; it was read as UTF-8.");
                    return Encoding.UTF8.GetString(bytes);
                }

                return encoding.GetString(bytes);
            }
        }

        if (!isUtf8)
        {
            if (declared is null && GuessCyrillic(bytes) is { } cyrillic)
            {
                warnings.Add($"The content is not UTF-8 and declares no charset; it was read as {cyrillic.WebName} (Russian text).");
                return cyrillic.GetString(bytes);
            }

            warnings.Add("The content is not valid UTF-8; the undecodable bytes were replaced with U+FFFD.");
        }

        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// windows-1251 or KOI8-R when the high bytes are mostly Cyrillic letters in both (0xC0-0xFF).
    /// Lower-case letters outnumber capitals in prose: windows-1251 keeps them in 0xE0-0xFF,
    /// KOI8-R in 0xC0-0xDF.
    /// </summary>
    private static Encoding? GuessCyrillic(ReadOnlySpan<byte> bytes)
    {
        int high = 0, upperHalf = 0, lowerHalf = 0;
        foreach (var b in bytes[..Math.Min(bytes.Length, 64 * 1024)])
        {
            high += b >= 0x80 ? 1 : 0;
            upperHalf += b >= 0xE0 ? 1 : 0;
            lowerHalf += b is >= 0xC0 and < 0xE0 ? 1 : 0;
        }

        if (high < 16 || (upperHalf + lowerHalf) * 10 < high * 8)
        {
            return null;
        }

        return Encoding.GetEncoding(upperHalf >= lowerHalf ? "windows-1251" : "koi8-r");
    }

    /// <summary>A WHATWG-style label lookup: latin1/ascii mean windows-1252; UTF-16 declared in a page without a BOM means UTF-8.</summary>
    internal static Encoding? ResolveLabel(string label)
    {
        var key = label.Trim().ToLowerInvariant();
        key = key switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso_8859-1" => "windows-1252",
            "utf-16" or "utf-16le" or "utf-16be" or "unicode" or "ucs-2" => "utf-8",
            "cp1251" or "win-1251" or "x-cp1251" => "windows-1251",
            "koi8r" or "koi" or "koi8" => "koi8-r",
            _ => key,
        };
        try
        {
            return Encoding.GetEncoding(key);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal static string? FindDeclaredCharset(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head);
        var meta = MetaCharset().Match(text);
        if (meta.Success)
        {
            return meta.Groups["cs"].Value;
        }

        var xml = XmlEncoding().Match(text);
        return xml.Success ? xml.Groups["cs"].Value : null;
    }

    private static bool ContainsNonAscii(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static UnicodeEncoding? DetectBomlessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs)
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }

        return evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs
            ? new UnicodeEncoding(bigEndian: true, byteOrderMark: false)
            : null;
    }

    [GeneratedRegex(@"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]*?\bencoding\s*=\s*[""'](?<cs>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlEncoding();
}
