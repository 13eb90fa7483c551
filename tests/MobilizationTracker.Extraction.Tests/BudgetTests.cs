using System.Diagnostics;
using System.Text;
using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests;

/// <summary>
/// The extraction budget is real: a huge text either finishes or is rejected with the budget
/// message, and in either case returns soon after the budget (the quadratic steps took minutes).
/// </summary>
public sealed class BudgetTests
{
    private static readonly TimeSpan Budget = ExtractionOptions.Default.Budget;

    [Fact]
    public void A_four_megabyte_one_line_text_finishes_or_is_rejected_within_the_budget()
    {
        var sentence = "The ministry plans to recruit 300,000 soldiers in the Voronezh region this year, an official said. ";
        var text = new StringBuilder(4 * 1024 * 1024 + sentence.Length);
        while (text.Length < 4 * 1024 * 1024)
        {
            text.Append(sentence);
        }

        AssertFinishesOrIsRejected(text.ToString());
    }

    [Fact]
    public void A_text_of_sixty_thousand_figures_finishes_or_is_rejected_within_the_budget()
    {
        var text = string.Join(' ', Enumerable.Range(0, 60_000).Select(i => $"Officials in district {i} said {10_000 + (i * 7):N0} soldiers had signed contracts."));

        AssertFinishesOrIsRejected(text);
    }

    private static void AssertFinishesOrIsRejected(string text)
    {
        var clock = Stopwatch.StartNew();
        var result = new ClaimExtractor().Extract(new ArticleInput
        {
            Content = Encoding.UTF8.GetBytes(text),
            Outlet = "Reuters",
            Published = new DateOnly(2024, 1, 15),
        });
        clock.Stop();

        if (result.IsRejected)
        {
            result.Rejection.Should().Contain("budget");
        }
        else
        {
            result.Claims.Should().NotBeEmpty();
        }

        // Not a speed test: the budget bounds the wait, with room for a busy machine (it was 7-20 times over).
        clock.Elapsed.Should().BeLessThan(Budget * 2);
    }
}
