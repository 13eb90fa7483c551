using MobilizationTracker.Extraction.Cleaning;

namespace MobilizationTracker.Extraction.Tests.Cleaning;

public sealed class LineClassifierTests
{
    [Theory]
    [InlineData("Read more", LineKind.FeedMarker)]
    [InlineData("News Feed", LineKind.FeedMarker)]
    [InlineData("Show More", LineKind.FeedMarker)]
    [InlineData("Add a Comment", LineKind.FeedMarker)]
    [InlineData("Avatar", LineKind.FeedMarker)]
    [InlineData("We are the news team of the Kyiv Independent. We are here to make sure our readers get updates.", LineKind.FeedMarker)]
    [InlineData("The Kyiv Independent news desk", LineKind.FeedMarker)]
    [InlineData("Jane Doe is a reporter at the Daily Bugle covering Russia.", LineKind.FeedMarker)]
    [InlineData("1 min read", LineKind.Chrome)]
    [InlineData("pdfshareprint", LineKind.Chrome)]
    [InlineData("Updated with comments from source close to Russia's Defense Ministry.", LineKind.Chrome)]
    [InlineData("(Updated: )", LineKind.Chrome)]
    [InlineData("Editor in chief - Kirill Martynov. Terms of use. Privacy policy.", LineKind.DonationOrFooter)]
    [InlineData("Your support, no matter how small, makes a world of difference.", LineKind.DonationOrFooter)]
    [InlineData("Russian conscripts arrive at a recruiting office in 2022. Photo: EPA-EFE/ARKADY BUDNITSKY", LineKind.PhotoCaption)]
    [InlineData("Mobilized Russian servicemen in eastern Ukraine's Donetsk region. Ivan Noyabrev / TASS", LineKind.PhotoCaption)]
    [InlineData("NewsSociety", LineKind.ShortLabel)]
    [InlineData("Ukraine war latest: Ukraine vows to hold Bakhmut, as Wagner storms industrial zone", LineKind.ShortLabel)]
    [InlineData("Russia plans to recruit 300,000 soldiers, Verstka reported.", LineKind.Body)]
    public void Line_shapes_and_markers_classify_lines(string line, LineKind expected)
    {
        LineClassifier.Classify(line).Should().Be(expected);
    }
}
