using MobilizationTracker.Extraction.Sentences;

namespace MobilizationTracker.Extraction.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Earlier on Jan. 1, Saldo spoke. He said more.", 2)]
    [InlineData("The U.S. estimate is 300,000 men. Moscow denies it.", 2)]
    [InlineData("Gen. Valery Gerasimov ordered it. Dr. Ivanov agreed.", 2)]
    [InlineData("Mr. Peskov denied it. St. Petersburg sent 1,000 men.", 2)]
    [InlineData("An army of 1.5 million is planned. It is big.", 2)]
    [InlineData("V. V. Putin signed the decree. It took effect.", 2)]
    [InlineData("Unit No. 71718 is in Tver. It recruits.", 2)]
    [InlineData("\"The next step is Kharkiv. But we require 300,000 more,\" a source told Mediazona. \"Therefore, mobilisation 2.0 is being rolled out.\"", 2)]
    [InlineData("He said: \"We are ready.\" Then he left.", 2)]
    [InlineData("Is mobilization coming? Nobody knows!", 2)]
    [InlineData("No punctuation at the end", 1)]
    public void Paragraphs_split_into_sentences(string paragraph, int expected)
    {
        SentenceSplitter.SplitParagraph(paragraph).Should().HaveCount(expected);
    }

    [Fact]
    public void A_sentence_ending_inside_closing_quotes_ends_after_them()
    {
        var text = "\"We are ready.\" Then he left.";

        var ranges = SentenceSplitter.SplitParagraph(text);

        text.Substring(ranges[0].Start, ranges[0].Length).Should().Be("\"We are ready.\"");
    }

    [Fact]
    public void A_run_without_sentence_ends_is_cut_into_bounded_pieces()
    {
        var text = string.Join(' ', Enumerable.Repeat("recruits", 2000));

        var ranges = SentenceSplitter.SplitParagraph(text);

        ranges.Should().OnlyContain(r => r.Length <= SentenceSplitter.MaxSentenceLength);
        ranges.Sum(r => r.Length).Should().BeGreaterThan(text.Length - ranges.Count);
    }
}
