using System.Text;

namespace MobilizationTracker.Extraction.Cleaning;

/// <summary>
/// One line's characters made uniform: non-breaking and thin spaces become spaces, curly quotes
/// straight ones, en and em dashes hyphens, runs of spaces one space. The reader does the same for
/// HTML and text alike (Reading/TextNormaliser); doing it again per line keeps the cleaner correct on
/// its own, for callers and tests that hand it text that did not come through the reader.
/// </summary>
public static class LineNormaliser
{
    public static string NormaliseLine(string line)
    {
        var sb = new StringBuilder(line.Length);
        var lastWasSpace = false;
        foreach (var c in line)
        {
            var mapped = Map(c);
            if (mapped == '\0')
            {
                continue;
            }

            if (mapped == ' ')
            {
                if (lastWasSpace)
                {
                    continue;
                }

                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
            }

            sb.Append(mapped);
        }

        return sb.ToString().Trim();
    }

    private static char Map(char c) => c switch
    {
        '\u00A0' or '\u2007' or '\u2009' or '\u202F' or '\u2002' or '\u2003' or '\u2005' or '\u2006' or '\u2008' or '\u200A' or '\t' => ' ',
        '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' => '\0',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}
