using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using MobilizationTracker.Extraction;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Extraction.Reading;

namespace MobilizationTracker.Benchmarks;

/// <summary>
/// Reading (and reading plus extracting) one realistic article page, against AngleSharp parsing
/// the same page alone (the baseline): the ratio column is the cost of everything we add.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ArticleReadingBenchmarks
{
    private string _html = "";
    private ArticleInput _input = null!; // Set in GlobalSetup before any benchmark runs.
    private readonly ClaimExtractor _extractor = new();

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(ArticleReadingBenchmarks).Assembly.GetManifestResourceStream("seed.txt")
            ?? throw new InvalidOperationException("The embedded seed text is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        _html = NewsPageBuilder.Build(reader.ReadToEnd());
        _input = new ArticleInput { Content = Encoding.UTF8.GetBytes(_html), FileName = "article.html", Published = new DateOnly(2023, 3, 16) };
        Console.WriteLine($"// Page: {NewsPageBuilder.Describe(_html)} of HTML");
    }

    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public int ParseOnly()
    {
        using var document = new HtmlParser().ParseDocument(_html);
        return document.ChildNodes.Length;
    }

    [Benchmark(Description = "ArticleReader.Read")]
    public int Read() => ArticleReader.Read(_input, ExtractionOptions.Default, CancellationToken.None).Text.Length;

    [Benchmark(Description = "ClaimExtractor.Extract")]
    public int ReadAndExtract() => _extractor.Extract(_input).Claims.Count;
}
