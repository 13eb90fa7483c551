using System.Net;
using Microsoft.EntityFrameworkCore;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>The cases on SQLite; <see cref="AuthorizationPostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class AuthorizationTests(TrackerAppFactory factory) : AuthorizationCases<TrackerAppFactory>(factory);

public sealed class AuthorizationPostgreSqlTests(PostgreSqlAppFactory factory) : AuthorizationCases<PostgreSqlAppFactory>(factory);

public abstract class AuthorizationCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    [Theory]
    [InlineData("/")]
    [InlineData("/compare")]
    [InlineData("/export/claims.csv")]
    [InlineData("/account/login")]
    public async Task Reading_needs_no_account(string url)
    {
        var client = Browsing.Client(factory);

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_article_form_sends_an_anonymous_visitor_to_sign_in()
    {
        var client = Browsing.Client(factory);

        var response = await client.GetAsync("/articles/new");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/login?ReturnUrl=%2Farticles%2Fnew");
    }

    [Fact]
    public async Task An_anonymous_post_with_a_valid_token_is_sent_to_sign_in_and_changes_nothing()
    {
        var (articleId, claimId) = await Browsing.AddArticleAsync(factory.Services);
        var client = Browsing.Client(factory);
        var token = await Browsing.TokenAsync(client, "/account/login");

        var response = await client.PostAsync($"/articles/{articleId}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["claimId"] = claimId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["version"] = "1",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/login");
        (await Browsing.QueryAsync(factory.Services, db => db.Claims.AnyAsync(c => c.Id == claimId))).Should().BeTrue();
    }

    [Fact]
    public async Task A_script_writing_without_an_account_gets_401_not_a_redirect()
    {
        var client = Browsing.Client(factory);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var response = await client.PostAsync("/api/claims", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_signed_in_editor_opens_the_article_form()
    {
        var (client, _) = await Browsing.SignedInAsync(factory);

        var response = await client.GetAsync("/articles/new");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Signing_out_takes_a_post_and_ends_the_session()
    {
        var (client, _) = await Browsing.SignedInAsync(factory);

        var signOut = await client.SubmitFormAsync("/account/logout", new Dictionary<string, string>());
        var after = await client.GetAsync("/articles/new");

        signOut.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.StatusCode.Should().Be(HttpStatusCode.Redirect);
        after.Headers.Location!.OriginalString.Should().Contain("/account/login");
    }

    [Fact]
    public async Task An_editor_changes_the_password_and_only_the_new_one_signs_in()
    {
        var (email, password) = await Browsing.CreateUserAsync(factory, "editor");
        var client = Browsing.Client(factory);
        (await Browsing.SignInAsync(client, email, password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var newPassword = "new-" + Guid.NewGuid().ToString("N");

        var change = await client.SubmitFormAsync("/account/changepassword", new Dictionary<string, string>
        {
            ["Input.Current"] = password,
            ["Input.New"] = newPassword,
            ["Input.Confirm"] = newPassword,
        });

        change.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Browsing.SignInAsync(Browsing.Client(factory), email, password)).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Browsing.SignInAsync(Browsing.Client(factory), email, newPassword)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_sign_in_page_does_not_redirect_off_site()
    {
        var (email, password) = await Browsing.CreateUserAsync(factory, "editor");
        var client = Browsing.Client(factory);

        var response = await client.SubmitFormAsync(
            "/account/login?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password, ["ReturnUrl"] = "https://evil.example/" });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/");
    }
}
