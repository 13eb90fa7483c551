using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Account;

/// <summary>
/// /account/users (admins only): the accounts with their roles; add one, change a role, end a
/// lockout, remove one (asked first, on the same page). The last admin can be neither demoted nor
/// removed (<see cref="UserAccounts"/>).
/// </summary>
[Authorize(Policy = TrackerRoles.AdminPolicy)]
public sealed class UsersModel(IServiceProvider services) : PageModel
{
    public IReadOnlyList<UserAccounts.Account> Users { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    /// <summary>The account whose removal is being asked about (?remove=ID).</summary>
    public UserAccounts.Account? Removing { get; private set; }

    public async Task OnGetAsync(string? remove)
    {
        await LoadAsync();
        Removing = Users.FirstOrDefault(u => u.Id == remove);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var errors = await UserAccounts.CreateAsync(services, Input.Email.Trim(), Input.Password, Input.Role);
            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }

            if (errors.Count == 0)
            {
                Message = $"{Input.Email.Trim()} was added with the {Input.Role} role.";
                return RedirectToPage();
            }
        }

        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostRoleAsync(string userId, string role) =>
        DoAsync(userId, () => UserAccounts.ChangeRoleAsync(services, userId, role), email => $"{email} is now an {role}.");

    public Task<IActionResult> OnPostUnlockAsync(string userId) =>
        DoAsync(userId, () => UserAccounts.UnlockAsync(services, userId), email => $"{email} can sign in again.");

    public Task<IActionResult> OnPostRemoveAsync(string userId) =>
        DoAsync(userId, () => UserAccounts.RemoveAsync(services, userId), email => $"{email} was removed.");

    private async Task<IActionResult> DoAsync(string userId, Func<Task<IReadOnlyList<string>>> action, Func<string, string> done)
    {
        await LoadAsync();
        var email = Users.FirstOrDefault(u => u.Id == userId)?.Email ?? "The account";
        ModelState.Clear();
        var errors = await action();
        if (errors.Count == 0)
        {
            Message = done(email);
            return RedirectToPage();
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return Page();
    }

    private async Task LoadAsync() => Users = await UserAccounts.AccountsAsync(services);

    public sealed class InputModel
    {
        [Required]
        [EmailAddress]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required]
        [RegularExpression("^(editor|admin)$", ErrorMessage = "The role is editor or admin.")]
        public string Role { get; set; } = TrackerRoles.Editor;

        [Required]
        [DataType(DataType.Password)]
        [StringLength(1000, MinimumLength = IdentityRegistration.MinPasswordLength, ErrorMessage = "The password must have at least {2} characters.")]
        public string Password { get; set; } = "";
    }
}
