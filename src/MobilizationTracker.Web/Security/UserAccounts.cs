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
    public static async Task<IReadOnlyList<(string Email, IReadOnlyList<string> Roles, bool LockedOut)>> ListAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var list = new List<(string, IReadOnlyList<string>, bool)>();
        foreach (var user in users.Users.OrderBy(u => u.NormalizedEmail).ToList())
        {
            var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            list.Add((user.Email ?? user.UserName ?? user.Id, roles, await users.IsLockedOutAsync(user)));
        }

        return list;
    }

    private static IReadOnlyList<string> Errors(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}
