using System.Text;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Reading;

/// <summary>Bytes to article text and metadata. (Foundation stub: UTF-8 text only; the extraction issue replaces it.)</summary>
public static class ArticleReader
{
    public static ReadArticle Read(ArticleInput input, ExtractionOptions options, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (input.Content.Length == 0)
        {
            return ReadArticle.Rejected("The file is empty.");
        }

        if (input.Content.Length > options.MaxBytes)
        {
            return ReadArticle.Rejected($"The content is larger than {options.MaxBytes / (1024 * 1024)} MB.");
        }

        if (input.Content.Span.Contains((byte)0))
        {
            return ReadArticle.Rejected("The content is binary, not text or HTML.");
        }

        var text = Encoding.UTF8.GetString(input.Content.Span);
        return new ReadArticle { Text = text.Replace("\r\n", "\n") };
    }
}
