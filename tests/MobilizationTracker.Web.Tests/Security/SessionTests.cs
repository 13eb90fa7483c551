using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Net;
using MobilizationTracker.Web.Pages.Account;
using MobilizationTracker.Web.Tests.Pages;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>
/// A host whose sign-in limiter lets a test make many sign-in posts, on the real clock: the security
/// stamp is checked when any time has passed since the cookie was issued, which a fixed clock never lets happen.
/// </summary>
public sealed class RelaxedSignInAppFactory() : ConfiguredAppFactory("Testing", new Dictionary<string, string> { ["Tracker:SignInAttemptsPerMinute"] = "1000" })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton(TimeProvider.System)));
    }
}

/// <summary>Issue 8 "Also": sign-out revokes the cookie, the lockout message does not tell who has an account, TempData's cookie is Strict.</summary>
public sealed class SessionTests(RelaxedSignInAppFactory factory) : IClassFixture<RelaxedSignInAppFactory>
{
    [Fact]
    public async Task Signing_out_revokes_every_copy_of_the_cookie()
    {
        var (email, password) = await Browsing.CreateUserAsync(factory, "editor");
        var client = Browsing.Client(factory);
        var signIn = await Browsing.SignInAsync(client, email, password);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mt.auth=", StringComparison.Ordinal)).Split(';')[0];
        using var copy = factory.CreateDefaultClient(new Uri("https://localhost"));
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync("/articles/new")).StatusCode.Should().Be(HttpStatusCode.OK, because: "the copied cookie works while signed in");

        (await client.SubmitFormAsync("/account/logout", new Dictionary<string, string>())).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var after = await copy.GetAsync("/articles/new");
        after.StatusCode.Should().Be(HttpStatusCode.Redirect, because: "the copied cookie no longer signs anyone in");
        after.Headers.Location!.ToString().Should().Contain("/account/login");
    }

    [Fact]
    public async Task A_locked_account_and_an_unknown_email_get_the_same_answer()
    {
        var (email, _) = await Browsing.CreateUserAsync(factory, "editor");
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";

        var known = await AttemptsAsync(email);
        var nobody = await AttemptsAsync(unknown);

        known.Should().Equal(nobody);
        known.Should().OnlyContain(message => message == LoginModel.Failed);
    }

    [Fact]
    public async Task The_tempdata_cookie_is_strict_like_the_others()
    {
        var (articleId, claimIds) = await TestRows.AddArticleAsync(factory.Services, "Cookie Daily", new DateOnly(2024, 3, 22), "Text.", new TestRows.ClaimSpec(300000));
        var client = (await Browsing.SignedInAsync(factory)).Client;

        var response = await client.SubmitFormAsync($"/articles/{articleId}/claims/{claimIds[0]}/delete", new Dictionary<string, string>
        {
            ["claimId"] = claimIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = "1",
        }, $"/articles/{articleId}?handler=Delete");

        var tempData = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=", StringComparison.Ordinal));
        tempData.Should().ContainEquivalentOf("samesite=strict").And.ContainEquivalentOf("httponly");
    }

    /// <summary>The error shown for seven wrong sign-ins in a row (the account locks after five).</summary>
    private async Task<List<string>> AttemptsAsync(string email)
    {
        var client = Browsing.Client(factory);
        var messages = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var response = await Browsing.SignInAsync(client, email, "wrong-password-" + i);
            var page = await Browsing.ParseAsync(await response.Content.ReadAsStringAsync());
            messages.Add(page.QuerySelector(".notice.error, [role=alert]")?.TextContent.Trim() ?? "(none)");
        }

        return messages;
    }
}

/// <summary>Issue 8 row 2: the sign-in limit holds for every spelling of the sign-in path.</summary>
public sealed class SignInPathLimitTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Theory]
    [InlineData("/account/login/")]
    [InlineData("/Account/Login/")]
    public async Task A_trailing_slash_is_in_the_sign_in_bucket(string path)
    {
        var client = Browsing.Client(factory);
        var token = await Browsing.TokenAsync(client, "/account/login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "nobody@example.org",
                ["Input.Password"] = "wrong-password",
                ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(response.StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests, because: "ten sign-in posts a minute, not the 120 of other writes");
    }
}
