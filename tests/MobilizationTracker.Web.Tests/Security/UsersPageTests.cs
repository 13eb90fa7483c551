using System.Net;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Tests.Security;

public sealed class UsersPageTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    [Fact]
    public async Task An_admin_adds_an_editor_who_can_then_sign_in()
    {
        var (admin, _) = await Browsing.SignedInAsync(factory, TrackerRoles.Admin);
        var email = $"new-{Guid.NewGuid():N}@example.org";
        var password = "pw-" + Guid.NewGuid().ToString("N");

        var added = await admin.SubmitFormAsync("/account/users", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Role"] = TrackerRoles.Editor,
            ["Input.Password"] = password,
        });
        var list = await admin.GetStringAsync("/account/users");

        added.StatusCode.Should().Be(HttpStatusCode.Redirect);
        list.Should().Contain(email).And.Contain("was added with the editor role");
        (await Browsing.SignInAsync(Browsing.Client(factory), email, password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_editor_may_not_open_the_users_page()
    {
        var (editor, _) = await Browsing.SignedInAsync(factory, TrackerRoles.Editor);

        var response = await editor.GetAsync("/account/users");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/accessdenied");
    }

    [Fact]
    public async Task An_editor_posting_to_the_users_page_adds_nobody()
    {
        var (admin, _) = await Browsing.SignedInAsync(factory, TrackerRoles.Admin);
        var (editor, _) = await Browsing.SignedInAsync(factory, TrackerRoles.Editor);
        var token = await Browsing.TokenAsync(editor, "/account/login");
        var email = $"sneaky-{Guid.NewGuid():N}@example.org";

        var response = await editor.PostAsync("/account/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Role"] = TrackerRoles.Admin,
            ["Input.Password"] = "pw-" + Guid.NewGuid().ToString("N"),
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Contain("/account/accessdenied");
        (await admin.GetStringAsync("/account/users")).Should().NotContain(email);
    }
}
