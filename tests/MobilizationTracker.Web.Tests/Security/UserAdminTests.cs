using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Tests.Security;

/// <summary>Issue 12, accounts: admins change a role, unlock and remove an account; editors cannot; the last admin stays.</summary>
public sealed class UserAdminTests(TrackerAppFactory factory) : IClassFixture<TrackerAppFactory>
{
    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<T> UsersAsync<T>(Func<UserManager<IdentityUser>, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
    }

    [Fact]
    public async Task An_admin_changes_a_role_unlocks_and_removes_an_account_and_an_editor_can_do_none_of_it()
    {
        var (admin, _) = await Browsing.SignedInAsync(factory, TrackerRoles.Admin);
        var (editor, _) = await Browsing.SignedInAsync(factory, TrackerRoles.Editor);
        var (target, _) = await Browsing.CreateUserAsync(factory, TrackerRoles.Editor);
        var id = await IdOfAsync(target);
        await UsersAsync(async u => await u.SetLockoutEndDateAsync((await u.FindByIdAsync(id))!, DateTimeOffset.UtcNow.AddMinutes(15)));
        var editorToken = await Browsing.TokenAsync(editor, "/account/changepassword");
        Task<HttpResponseMessage> EditorPost(string handler, Dictionary<string, string> fields) =>
            editor.PostAsync("/account/users?handler=" + handler, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = editorToken }));

        var sneakyRole = await EditorPost("Role", new() { ["userId"] = id, ["role"] = TrackerRoles.Admin });
        var sneakyUnlock = await EditorPost("Unlock", new() { ["userId"] = id });
        var sneakyRemove = await EditorPost("Remove", new() { ["userId"] = id });

        new[] { sneakyRole, sneakyUnlock, sneakyRemove }.Should().OnlyContain(r => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location!.OriginalString.Contains("/account/accessdenied"));
        (await UsersAsync(async u => await u.IsInRoleAsync((await u.FindByIdAsync(id))!, TrackerRoles.Admin))).Should().BeFalse();
        (await UsersAsync(async u => await u.IsLockedOutAsync((await u.FindByIdAsync(id))!))).Should().BeTrue();

        var list = await Browsing.ParseAsync(await admin.GetStringAsync("/account/users"));
        list.QuerySelector($"#user-{id}")!.TextContent.Should().Contain("yes");
        (await admin.SubmitFormAsync("/account/users", new Dictionary<string, string> { ["userId"] = id, ["role"] = TrackerRoles.Admin }, "/account/users?handler=Role"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await admin.SubmitFormAsync("/account/users", new Dictionary<string, string> { ["userId"] = id }, "/account/users?handler=Unlock"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await UsersAsync(async u => await u.GetRolesAsync((await u.FindByIdAsync(id))!))).Should().Equal(TrackerRoles.Admin);
        (await UsersAsync(async u => await u.IsLockedOutAsync((await u.FindByIdAsync(id))!))).Should().BeFalse();

        var asked = await Browsing.ParseAsync(await admin.GetStringAsync("/account/users?remove=" + Uri.EscapeDataString(id)));
        asked.QuerySelector("#confirm-remove")!.TextContent.Should().Contain(target);
        (await UsersAsync(u => u.FindByIdAsync(id))).Should().NotBeNull("asking removes nothing");
        (await admin.SubmitFormAsync("/account/users", new Dictionary<string, string> { ["userId"] = id }, "/account/users?handler=Remove"))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await UsersAsync(u => u.FindByIdAsync(id))).Should().BeNull();
    }

    [Fact]
    public async Task The_last_admin_can_be_neither_demoted_nor_removed()
    {
        await using var host = new TrackerAppFactory();
        var (admin, email) = await Browsing.SignedInAsync(host, TrackerRoles.Admin);
        string id;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id;
        }

        var demote = await admin.SubmitFormAsync("/account/users", new Dictionary<string, string> { ["userId"] = id, ["role"] = TrackerRoles.Editor }, "/account/users?handler=Role");
        var remove = await admin.SubmitFormAsync("/account/users", new Dictionary<string, string> { ["userId"] = id }, "/account/users?handler=Remove");

        demote.StatusCode.Should().Be(HttpStatusCode.OK);
        (await demote.Content.ReadAsStringAsync()).Should().Contain("is the last admin");
        remove.StatusCode.Should().Be(HttpStatusCode.OK);
        (await remove.Content.ReadAsStringAsync()).Should().Contain("is the last admin");
        (await UserAccounts.ListAsync(host.Services)).Should().ContainSingle(u => u.Email == email && u.Roles.Contains(TrackerRoles.Admin));
    }
}
