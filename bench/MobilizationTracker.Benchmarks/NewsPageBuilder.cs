using System.Globalization;
using System.Net;
using System.Text;

namespace MobilizationTracker.Benchmarks;

/// <summary>
/// Wraps an article text in the chrome a real news site ships (~150 KB of HTML): inline CSS and
/// scripts, JSON-LD and OpenGraph, a mega-menu, share widgets, a figure, a related-news grid, a
/// newsletter box, comments and a link-heavy footer.
/// </summary>
internal static class NewsPageBuilder
{
    public static string Build(string articleText)
    {
        var paragraphs = articleText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new StringBuilder(200_000);
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(paragraphs[0])).Append(" | Example News</title>");
        sb.Append("<meta property=\"og:title\" content=\"").Append(WebUtility.HtmlEncode(paragraphs[0])).Append("\">");
        sb.Append("<meta property=\"og:site_name\" content=\"Example News\"><meta property=\"article:published_time\" content=\"2023-03-16T10:00:00+02:00\">");
        sb.Append("<link rel=\"canonical\" href=\"https://example.org/news/article-1\">");
        sb.Append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Headline\",\"datePublished\":\"2023-03-16T10:00:00+02:00\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example News\"}}</script>");
        AppendRepeated(sb, "<style>", "</style>", 400, i => $".c{i} {{ margin: {i % 17}px; padding: 0 {i % 5}px; color: #{i * 2654435761 % 0xFFFFFF:x6}; }}\n");
        AppendRepeated(sb, "<script>", "</script>", 500, i => $"window.__cfg{i} = {{ id: {i}, name: \"module-{i}\", deps: [\"a{i}\", \"b{i}\"], lazy: {(i % 2 == 0 ? "true" : "false")} }};\n");
        sb.Append("</head><body class=\"article-page\">");
        AppendRepeated(sb, "<header class=\"site-header\"><nav class=\"mega-menu\"><ul>", "</ul></nav></header>", 120,
            i => $"<li class=\"menu-item\"><a href=\"/section/{i}\">Section {i}</a><ul class=\"sub\"><li><a href=\"/section/{i}/a\">Sub A</a></li><li><a href=\"/section/{i}/b\">Sub B</a></li></ul></li>");
        sb.Append("<main><article class=\"post\"><header class=\"article-header\"><h1>").Append(WebUtility.HtmlEncode(paragraphs[0])).Append("</h1>");
        sb.Append("<div class=\"byline\">By <a href=\"/authors/desk\">News Desk</a> <time datetime=\"2023-03-16T10:00:00+02:00\">March 16, 2023</time></div>");
        sb.Append("<div class=\"share\"><a href=\"#fb\">Facebook</a><a href=\"#x\">X</a><a href=\"#tg\">Telegram</a></div></header>");
        sb.Append("<figure><img src=\"/img/1.jpg\" alt=\"\"><figcaption>Recruits at an enlistment office. Photo: Agency</figcaption></figure>");
        sb.Append("<div class=\"article-body\" itemprop=\"articleBody\">");
        foreach (var p in paragraphs.Skip(1))
        {
            sb.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>\n");
        }

        sb.Append("<div class=\"newsletter\"><h3>Newsletter</h3><p>Get the morning briefing in your inbox.</p><form><input type=\"email\"><button>Sign up</button></form></div>");
        sb.Append("</div></article>");
        AppendRepeated(sb, "<section class=\"related-news\"><h2>Related</h2>", "</section>", 40,
            i => $"<article class=\"card\"><a href=\"/news/{i}\"><img src=\"/img/{i}.jpg\" alt=\"\"><h3>Related headline number {i} about the war and the region</h3></a><p class=\"teaser\">A short teaser for story {i}, with a few words of context.</p></article>");
        AppendRepeated(sb, "<section id=\"comments\" class=\"comments\"><h2>Comments</h2>", "</section>", 30,
            i => $"<div class=\"comment\"><span class=\"author\">reader{i}</span><p>Comment number {i}: I think this is important, and so on, and so forth.</p></div>");
        sb.Append("</main>");
        AppendRepeated(sb, "<footer class=\"site-footer\"><ul>", "</ul></footer>", 150, i => $"<li><a href=\"/page/{i}\">Footer link {i}</a></li>");
        AppendRepeated(sb, "<script>", "</script>", 200, i => $"track('view', {{ page: {i}, ts: Date.now() }});\n");
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static void AppendRepeated(StringBuilder sb, string open, string close, int count, Func<int, string> item)
    {
        sb.Append(open);
        for (var i = 0; i < count; i++)
        {
            sb.Append(item(i));
        }

        sb.Append(close);
    }

    public static string Describe(string html) =>
        string.Create(CultureInfo.InvariantCulture, $"{html.Length / 1024.0:0} KB");
}
