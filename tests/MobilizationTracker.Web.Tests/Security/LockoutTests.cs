using System.Net;
using MobilizationTracker.Web.Pages.Account;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>Its own host: the sign-in limiter counts every sign-in post of the process.</summary>
/// <summary>The cases on SQLite; <see cref="LockoutPostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class LockoutTests(TrackerAppFactory factory) : LockoutCases<TrackerAppFactory>(factory);

public sealed class LockoutPostgreSqlTests(PostgreSqlAppFactory factory) : LockoutCases<PostgreSqlAppFactory>(factory);

public abstract class LockoutCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_and_then_the_limiter_answers_429()
    {
        var (email, password) = await Browsing.CreateUserAsync(factory, "editor");
        var client = Browsing.Client(factory);
        var token = await Browsing.TokenAsync(client, "/account/login");
        async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> PostAsync(string pw)
        {
            var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = pw,
                ["__RequestVerificationToken"] = token,
            }));
            return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
        }

        var wrong = new List<(HttpStatusCode Status, string Body, HttpResponseMessage Response)>();
        for (var i = 0; i < 5; i++)
        {
            wrong.Add(await PostAsync("wrong-password-" + i));
        }

        var rightButLocked = await PostAsync(password);
        var more = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            more.Add((await PostAsync(password)).Status);
        }

        var limited = await PostAsync(password);

        wrong.Take(4).Should().OnlyContain(r => r.Status == HttpStatusCode.OK && r.Body.Contains(LoginModel.Failed));
        wrong[4].Body.Should().Contain(LoginModel.Failed);
        rightButLocked.Status.Should().Be(HttpStatusCode.OK, because: "a locked account does not sign in even with the right password");
        rightButLocked.Body.Should().Contain(LoginModel.Failed);
        more.Should().OnlyContain(s => s == HttpStatusCode.OK);
        limited.Status.Should().Be(HttpStatusCode.TooManyRequests);
        limited.Response.Headers.RetryAfter.Should().NotBeNull();
        limited.Body.Should().Contain("Too many requests");
    }
}
