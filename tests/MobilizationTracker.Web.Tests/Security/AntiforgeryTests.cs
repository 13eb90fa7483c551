using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace MobilizationTracker.Web.Tests.Security;

public sealed class AntiforgeryTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8-not-a-real-token")]
    public async Task A_signed_in_editor_posting_without_a_valid_token_gets_400_and_nothing_changes(string? token)
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var (client, _) = await Browsing.SignedInAsync(factory);
        var fields = new Dictionary<string, string> { ["claimId"] = claimId.ToString(CultureInfo.InvariantCulture), ["version"] = "1" };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        var response = await client.PostAsync($"/articles/{articleId}?handler=Delete", new FormUrlEncodedContent(fields));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Browsing.QueryAsync(factory.Services, db => db.Claims.AnyAsync(c => c.Id == claimId))).Should().BeTrue();
    }

    [Fact]
    public async Task A_token_issued_to_another_visitor_is_refused()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var (client, _) = await Browsing.SignedInAsync(factory);
        var othersToken = await Browsing.TokenAsync(Browsing.Client(factory), "/account/login");

        var response = await client.PostAsync($"/articles/{articleId}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["claimId"] = claimId.ToString(CultureInfo.InvariantCulture),
            ["version"] = "1",
            ["__RequestVerificationToken"] = othersToken,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Browsing.QueryAsync(factory.Services, db => db.Claims.AnyAsync(c => c.Id == claimId))).Should().BeTrue();
    }

    [Fact]
    public async Task The_same_post_with_the_page_token_deletes_the_claim()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var (client, _) = await Browsing.SignedInAsync(factory);

        var response = await client.SubmitFormAsync(
            $"/articles/{articleId}/claims/{claimId}/delete",
            new Dictionary<string, string> { ["claimId"] = claimId.ToString(CultureInfo.InvariantCulture), ["version"] = "1" },
            postUrl: $"/articles/{articleId}?handler=Delete");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Browsing.QueryAsync(factory.Services, db => db.Claims.AnyAsync(c => c.Id == claimId))).Should().BeFalse();
    }
}
