using MobilizationTracker.Web.Claims;

namespace MobilizationTracker.Web.Tests.Claims;

public sealed class WordStemsTests
{
    [Theory]
    [InlineData("мобилизация", "мобилизации")]
    [InlineData("мобилизация", "мобилизацию")]
    [InlineData("резервисты", "резервистов")]
    [InlineData("повестки", "повестками")]
    [InlineData("reservist", "reservists")]
    [InlineData("army", "armies")]
    public void Forms_of_one_word_share_a_stem(string one, string other) =>
        WordStems.Stem(WordStems.Fold(one)).Should().Be(WordStems.Stem(WordStems.Fold(other)));

    [Fact]
    public void Folding_lowers_the_case_and_drops_diacritics_as_the_index_does() =>
        WordStems.Fold("Мобилизация Ёлки Café").Should().Be("мобилизация елки cafe");

    [Theory]
    [InlineData("мобилизация", "мобильный")]
    [InlineData("summons", "summit")]
    public void Different_words_keep_different_stems(string one, string other) =>
        WordStems.Stem(WordStems.Fold(one)).Should().NotBe(WordStems.Stem(WordStems.Fold(other)));
}
