using MobilizationTracker.Web.Pages.Articles;

namespace MobilizationTracker.Web.Tests.Pages;

public sealed class HighlighterTests
{
    [Fact]
    public void Evidence_spans_become_marked_segments_between_plain_ones()
    {
        var segments = Highlighter.Split("One. Two. Three.", [(5, 4, 9)]);

        segments.Should().Equal(
            new Highlighter.Segment("One. ", null),
            new Highlighter.Segment("Two.", 9),
            new Highlighter.Segment(" Three.", null));
    }

    [Fact]
    public void Typed_out_of_range_and_overlapping_spans_are_skipped()
    {
        var segments = Highlighter.Split("abcdef", [(-1, 0, 1), (4, 10, 2), (0, 3, 3), (1, 2, 4)]);

        segments.Should().Equal(new Highlighter.Segment("abc", 3), new Highlighter.Segment("def", null));
    }
}
