using Microsoft.AspNetCore.Identity;

namespace MobilizationTracker.Web.Security;

/// <summary>Creating accounts, shared by the <c>users</c> verb and tests: the email is the user name, the role must exist in <see cref="TrackerRoles.All"/>.</summary>
public static class UserAccounts
{
    /// <summary>Creates the user with the role (creating the role row if needed); the errors when Identity refuses (weak password, taken email).</summary>
    public static async Task<IReadOnlyList<string>> CreateAsync(IServiceProvider services, string email, string password, string role)
    {
        if (!TrackerRoles.All.Contains(role))
        {
            return [$"Unknown role '{role}': use {string.Join(" or ", TrackerRoles.All)}."];
        }

        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (!await roles.RoleExistsAsync(role))
        {
            var created = await roles.CreateAsync(new IdentityRole(role));
            if (!created.Succeeded && !await roles.RoleExistsAsync(role))
            {
                return Errors(created);
            }
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return Errors(result);
        }

        return Errors(await users.AddToRoleAsync(user, role));
    }

    /// <summary>Every user with their roles, by email.</summary>
    public static async Task<IReadOnlyList<(string Email, IReadOnlyList<string> Roles, bool LockedOut)>> ListAsync(IServiceProvider services) =>
        [.. (await AccountsAsync(services)).Select(a => (a.Email, a.Roles, a.LockedOut))];

    /// <summary>One account as the users page shows it.</summary>
    public sealed record Account(string Id, string Email, IReadOnlyList<string> Roles, bool LockedOut);

    /// <summary>Every account with its id, by email.</summary>
    public static async Task<IReadOnlyList<Account>> AccountsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var list = new List<Account>();
        foreach (var user in users.Users.OrderBy(u => u.NormalizedEmail).ToList())
        {
            var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            list.Add(new Account(user.Id, user.Email ?? user.UserName ?? user.Id, roles, await users.IsLockedOutAsync(user)));
        }

        return list;
    }

    /// <summary>Gives the account this one role instead of its roles; refused when it would leave no admin.</summary>
    public static async Task<IReadOnlyList<string>> ChangeRoleAsync(IServiceProvider services, string userId, string role)
    {
        if (!TrackerRoles.All.Contains(role))
        {
            return [$"Unknown role '{role}': use {string.Join(" or ", TrackerRoles.All)}."];
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return ["That account no longer exists."];
        }

        var current = await users.GetRolesAsync(user);
        if (role != TrackerRoles.Admin && current.Contains(TrackerRoles.Admin) && await IsLastAdminAsync(users, user))
        {
            return [$"{user.Email} is the last admin; make another account an admin first."];
        }

        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }

        var removed = await users.RemoveFromRolesAsync(user, current.Where(r => r != role));
        if (!removed.Succeeded)
        {
            return Errors(removed);
        }

        return current.Contains(role) ? [] : Errors(await users.AddToRoleAsync(user, role));
    }

    /// <summary>Ends a lockout after failed sign-ins (and forgets the failures).</summary>
    public static async Task<IReadOnlyList<string>> UnlockAsync(IServiceProvider services, string userId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return ["That account no longer exists."];
        }

        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        return unlocked.Succeeded ? Errors(await users.ResetAccessFailedCountAsync(user)) : Errors(unlocked);
    }

    /// <summary>Removes the account; refused for the last admin.</summary>
    public static async Task<IReadOnlyList<string>> RemoveAsync(IServiceProvider services, string userId)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return ["That account no longer exists."];
        }

        if (await users.IsInRoleAsync(user, TrackerRoles.Admin) && await IsLastAdminAsync(users, user))
        {
            return [$"{user.Email} is the last admin and cannot be removed; make another account an admin first."];
        }

        return Errors(await users.DeleteAsync(user));
    }

    private static async Task<bool> IsLastAdminAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        (await users.GetUsersInRoleAsync(TrackerRoles.Admin)).All(u => u.Id == user.Id);

    private static IReadOnlyList<string> Errors(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}
