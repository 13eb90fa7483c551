using System.Buffers;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Tells text from binary content before it is decoded: known magic numbers (PDF, ZIP/Office,
/// images, archives, executables), NUL bytes, or many control characters.
/// </summary>
internal static class BinarySniffer
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>C0 controls other than tab, line feed, form feed, carriage return and escape.</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static readonly (string Name, byte[] Magic)[] Signatures =
    [
        ("a PDF document", "%PDF-"u8.ToArray()),
        ("a ZIP archive (or a Word/Excel/EPUB file)", [0x50, 0x4B, 0x03, 0x04]),
        ("a ZIP archive (or a Word/Excel/EPUB file)", [0x50, 0x4B, 0x05, 0x06]),
        ("an old Microsoft Office document", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", "GIF87a"u8.ToArray()),
        ("a GIF image", "GIF89a"u8.ToArray()),
        ("a gzip archive", [0x1F, 0x8B]),
        ("a RAR archive", "Rar!\u001A\u0007"u8.ToArray()),
        ("a 7-Zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("a Zstandard archive", [0x28, 0xB5, 0x2F, 0xFD]),
        ("an executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("an audio file", "ID3"u8.ToArray()),
        ("an audio or video file", "OggS"u8.ToArray()),
        ("a font file", "wOFF"u8.ToArray()),
        ("a font file", "wOF2"u8.ToArray()),
    ];

    /// <summary>A reason the bytes are not text, or null when they look like text.</summary>
    public static string? Sniff(ReadOnlySpan<byte> content)
    {
        foreach (var (name, magic) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return $"The content is {name}, not text or HTML.";
            }
        }

        if (content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8))
        {
            return "The content is a WebP image, not text or HTML.";
        }

        if (content.Contains((byte)0))
        {
            return "The content is binary (it contains NUL bytes), not text or HTML.";
        }

        var sample = content[..Math.Min(content.Length, SampleBytes)];
        var controls = 0;
        for (var at = sample.IndexOfAny(ControlBytes); at >= 0; controls++)
        {
            var next = sample[(at + 1)..].IndexOfAny(ControlBytes);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return controls > 8 && controls * 100 > sample.Length
            ? "The content is binary (it contains many control characters), not text or HTML."
            : null;
    }
}
