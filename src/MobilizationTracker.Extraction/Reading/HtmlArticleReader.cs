using AngleSharp.Html.Parser;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>
/// One HTML page to article text and metadata, from a single parse: the markup is defused
/// (<see cref="MarkupGuard"/>), parsed once by AngleSharp with the budget's cancellation token,
/// its metadata read, its chrome removed and its body rendered to paragraphs.
/// </summary>
internal static class HtmlArticleReader
{
    /// <summary>
    /// One parser per thread: a new one builds AngleSharp's configuration and browsing context, about
    /// 1 % of an article's extraction. Each parse makes its own document, and no parser is shared
    /// between threads.
    /// </summary>
    [ThreadStatic]
    private static HtmlParser? _parser;

    public static ReadArticle Read(string html, ExtractionOptions options, List<string> warnings, CancellationToken ct)
    {
        var source = MarkupGuard.Defuse(html, options, warnings, ct);
        var parser = _parser ??= new HtmlParser();
        using var document = parser.ParseDocumentAsync(source, ct).GetAwaiter().GetResult();

        var metadata = HtmlMetadataReader.Read(document);
        var body = document.Body ?? document.DocumentElement;
        var found = MainContentFinder.Find(body, warnings, ct);
        var text = HtmlTextRenderer.Render(found.Headline, found.Roots, ct);

        return new ReadArticle
        {
            Text = TextNormaliser.Normalise(text, ct),
            Metadata = metadata,
            WasHtml = true,
            Warnings = warnings,
        };
    }
}
