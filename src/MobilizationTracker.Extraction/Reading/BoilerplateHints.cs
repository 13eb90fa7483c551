using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// Which elements are page chrome rather than article: by tag (scripts, navigation, asides,
/// footers except a quotation's, figures and their captions, controls, embeds, forms unless they
/// wrap the page), by attribute (hidden, aria-hidden, display:none, ARIA landmark roles of
/// chrome), and by class/id words: related,
/// newsletter, subscribe, donate, comments, share, social, author/bio/byline, promo, ads,
/// sidebar, footer, nav/menu, breadcrumbs, tags, cookie banners and popups. A few weak words
/// (header, top) only count when no content word (article, body, content, entry, main, post,
/// story, text) is next to them.
/// </summary>
internal static partial class BoilerplateHints
{
    private static readonly FrozenSet<string> ChromeTags = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object", "embed",
        "video", "audio", "map", "button", "input", "select", "textarea", "label", "nav", "aside",
        "footer", "figure", "figcaption", "dialog", "menu", "link", "meta", "head", "title");

    private static readonly FrozenSet<string> ChromeRoles = FrozenSet.Create(StringComparer.Ordinal,
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
        "menubar", "toolbar", "tablist", "alert");

    /// <summary>Always chrome, whatever the tag (before guarding the main content).</summary>
    public static bool IsChromeByTag(IElement element)
    {
        if (ChromeTags.Contains(element.LocalName))
        {
            // A quotation's footer says who said it; the claim rules need that.
            return element.LocalName != "footer" || element.Closest("blockquote") is null;
        }

        if (element.LocalName == "form")
        {
            // Some sites (ASP.NET Web Forms) wrap the whole page in one form.
            return element.QuerySelector("article, main, [itemprop~=articleBody]") is null
                && element.QuerySelectorAll("p").Length < 3;
        }

        if (element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && ChromeRoles.Contains(role.Trim().ToLowerInvariant()))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style);
    }

    /// <summary>Chrome by its class or id words.</summary>
    public static bool IsChromeByName(IElement element)
    {
        var names = Names(element);
        if (names.Length == 0)
        {
            return false;
        }

        if (StrongChrome().IsMatch(names))
        {
            return true;
        }

        return WeakChrome().IsMatch(names) && !ContentWord().IsMatch(names);
    }

    /// <summary>Comments by their class or id words: never mistaken for the body, however long.</summary>
    public static bool IsCommentSection(IElement element)
    {
        var names = Names(element);
        return names.Contains("comment", StringComparison.OrdinalIgnoreCase)
            || names.Contains("disqus", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>class, id and the data-component / data-testid names some sites (BBC, Reuters) use instead.</summary>
    private static string Names(IElement element)
    {
        var names = (element.ClassName, element.Id) switch
        {
            (null or "", null or "") => "",
            (null or "", { } id) => id,
            ({ } cls, null or "") => cls,
            ({ } cls, { } id) => cls + " " + id,
        };
        if (!element.HasAttributes())
        {
            return names;
        }

        var component = element.GetAttribute("data-component") ?? element.GetAttribute("data-testid");
        return component is null ? names : names + " " + component;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    // Words that may run on (CSS-module and camel-case names: "RelatedBlock", "newsletterForm") end
    // in \w*; the rest must end at a separator.
    [GeneratedRegex(
        @"(?:^|[\s_-])(?:(?:related|recommend|newsletter|subscri|donat|contribut|membership|sharing|sharebar|social|promo|advert|"
        + @"sponsor|sidebar|breadcrumb|byline|footer|outbrain|taboola|disqus|comments?(?!ary))\w*|"
        + @"more-?stories|more-?news|read-?more|read-?next|read-?also|also-?read|see-?also|support-?us|share|shares|"
        + @"ads?|adsbygoogle|dfp|authors?|author-?info|bio|tags?|tag-?list|topics|popular|most-?read|trending|cookies?|consent|"
        + @"gdpr|modal|popup|banner|signup|follow|navbar|nav|navigation|menu|masthead|toolbar|caption|credits?|"
        + @"visually-hidden|sr-only|screen-reader-text|meta|rating|widget|news-?feed|feed|teaser|logo|skip-?link|pagination|"
        + @"pager|links|cta)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongChrome();

    [GeneratedRegex(@"(?:^|[\s_-])(?:header|site-?header|top-?bar|topbar|head|aside|extra|secondary|utility)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakChrome();

    [GeneratedRegex(@"(?:^|[\s_-])(?:article|body|content|entry|main|post|story|text|blog|articlebody|article-?body|story-?body)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentWord();
}
