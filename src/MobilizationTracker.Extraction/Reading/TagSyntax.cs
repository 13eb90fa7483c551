namespace MobilizationTracker.Extraction.Reading;

/// <summary>The attributes of a start tag as the HTML tokenizer reads them: names, optional values (quoted or not), up to '&gt;'.</summary>
internal static class TagSyntax
{
    /// <summary>Where the tag ends (after '&gt;'), how many attributes it has, and whether it ends in "/&gt;".</summary>
    public static (int End, int Attributes, bool SelfClosing) ReadAttributes(string html, int from)
    {
        var j = from;
        var count = 0;
        while (j < html.Length)
        {
            while (j < html.Length && (char.IsWhiteSpace(html[j]) || html[j] == '/'))
            {
                j++;
            }

            if (j >= html.Length)
            {
                break;
            }

            if (html[j] == '>')
            {
                return (j + 1, count, html[j - 1] == '/');
            }

            j = SkipAttribute(html, j);
            count++;
        }

        return (html.Length, count, false);
    }

    private static int SkipAttribute(string html, int j)
    {
        var start = j;
        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] is not ('/' or '>') && (html[j] != '=' || j == start))
        {
            j++;
        }

        while (j < html.Length && char.IsWhiteSpace(html[j]))
        {
            j++;
        }

        if (j >= html.Length || html[j] != '=')
        {
            return j;
        }

        j++;
        while (j < html.Length && char.IsWhiteSpace(html[j]))
        {
            j++;
        }

        if (j < html.Length && html[j] is '"' or '\'')
        {
            var close = html.IndexOf(html[j], j + 1);
            return close < 0 ? html.Length : close + 1;
        }

        while (j < html.Length && !char.IsWhiteSpace(html[j]) && html[j] != '>')
        {
            j++;
        }

        return j;
    }
}
