using MobilizationTracker.Extraction.Model;

namespace MobilizationTracker.Extraction.Tests.Model;

public sealed class TokensTests
{
    [Theory]
    [InlineData(ClaimKind.Target, "target")]
    [InlineData(ClaimKind.Count, "count")]
    [InlineData(ClaimKind.ForceSize, "force_size")]
    [InlineData(ClaimKind.Rate, "rate")]
    public void Kind_round_trips_through_its_spec_token(ClaimKind kind, string token)
    {
        var written = kind.ToToken();

        written.Should().Be(token);
        Tokens.ParseKind(written).Should().Be(kind);
    }

    [Theory]
    [InlineData(Qualifier.Exact, "exact")]
    [InlineData(Qualifier.Approx, "approx")]
    [InlineData(Qualifier.UpTo, "upto")]
    [InlineData(Qualifier.AtLeast, "atleast")]
    public void Qualifier_round_trips_through_its_spec_token(Qualifier qualifier, string token)
    {
        var written = qualifier.ToToken();

        written.Should().Be(token);
        Tokens.ParseQualifier(written).Should().Be(qualifier);
    }

    [Theory]
    [InlineData("2023-03-14", DatePrecision.Day)]
    [InlineData("2022-12", DatePrecision.Month)]
    public void Claim_date_parses_and_formats_at_its_precision(string text, DatePrecision expected)
    {
        var ok = Tokens.TryParseClaimDate(text, out var date, out var precision);

        ok.Should().BeTrue();
        precision.Should().Be(expected);
        Tokens.FormatClaimDate(date, precision).Should().Be(text);
    }

    [Fact]
    public void Unknown_kind_token_is_rejected()
    {
        Tokens.TryParseKind("guess", out _).Should().BeFalse();
    }
}
