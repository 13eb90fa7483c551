using MobilizationTracker.Extraction.Cleaning;

namespace MobilizationTracker.Extraction.Tests.Cleaning;

/// <summary>Russian page chrome (ru/boilerplate-*.txt) and pages copied with single line breaks.</summary>
public sealed class RussianBoilerplateTests
{
    private const string Body =
        "В Воронежской области призывникам раздают повестки прямо у метро, сообщили местные журналисты в среду вечером.\n\n" +
        "Военком пояснил, что проверяют адреса запасников, а новой мобилизации в регионе нет и не планируется.";

    [Theory]
    [InlineData("Реклама")]
    [InlineData("Поделиться")]
    [InlineData("Фото: Пресс-служба губернатора.")]
    [InlineData("Нашли ошибку? Выделите его и нажмите Ctrl+Enter.")]
    [InlineData("Подписывайтесь на наш канал, чтобы не пропустить главные новости дня.")]
    public void A_chrome_line_is_dropped(string line)
    {
        BoilerplateCleaner.Clean(line + "\n\n" + Body, null).Text.Should().StartWith("В Воронежской области");
    }

    [Fact]
    public void Read_also_after_the_body_ends_the_article()
    {
        var cleaned = BoilerplateCleaner.Clean(Body + "\n\nЧитайте также\n\nВ Курской области открылся новый торговый центр на сто магазинов.", null);

        cleaned.Text.Should().NotContain("торговый центр");
        cleaned.Warnings.Should().NotBeEmpty();
    }

    [Fact]
    public void A_long_run_of_lines_without_blank_lines_is_the_article_not_a_donation_box()
    {
        var lines = Enumerable.Range(1, 12).Select(i => $"Абзац {i}: в регионе продолжают вручать повестки мужчинам призывного возраста, пишет издание.");
        var text = string.Join('\n', lines) + "\nИван Петров, главный редактор. Все права защищены.";

        BoilerplateCleaner.Clean(text, null).Text.Should().Contain("Абзац 12");
    }
}
