using System.Collections.Frozen;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>Element names grouped the way the HTML parsing rules and the text rendering need them.</summary>
internal static class HtmlVocabulary
{
    private static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr");

    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.Ordinal,
        "iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp");

    private static readonly FrozenSet<string> Formatting = FrozenSet.Create(StringComparer.Ordinal,
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    private static readonly FrozenSet<string> Block = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "body",
        "html", "listing", "option", "legend", "noscript");

    private static readonly FrozenSet<string> ClosesP = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "li", "dd", "dt", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "ul", "listing");

    public static readonly string[] ParagraphScope = ["button", "table", "td", "th", "caption", "object", "template", "marquee", "applet"];
    public static readonly string[] ListScope = ["ul", "ol", "table", "td", "th", "template"];
    public static readonly string[] DefinitionScope = ["dl", "table", "td", "th", "template"];
    public static readonly string[] TableScope = ["table", "template"];
    public static readonly string[] RowScope = ["tr", "table", "template"];
    public static readonly string[] SelectScope = ["select", "datalist"];

    public static bool IsVoid(string name) => Void.Contains(name);

    public static bool IsRawText(string name) => RawText.Contains(name);

    public static bool IsFormatting(string name) => Formatting.Contains(name);

    /// <summary>Elements that start a new paragraph of text when rendered.</summary>
    public static bool IsBlock(string name) => Block.Contains(name);

    public static bool ClosesParagraph(string name) => ClosesP.Contains(name);
}
