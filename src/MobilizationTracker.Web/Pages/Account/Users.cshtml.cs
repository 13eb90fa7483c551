using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Web.Pages.Account;

/// <summary>/account/users (admins only): the accounts with their roles, and a form to add one.</summary>
[Authorize(Policy = TrackerRoles.AdminPolicy)]
public sealed class UsersModel(IServiceProvider services) : PageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

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

    private async Task LoadAsync() =>
        Users = [.. (await UserAccounts.ListAsync(services)).Select(u => new UserRow(u.Email, u.Roles, u.LockedOut))];

    public sealed record UserRow(string Email, IReadOnlyList<string> Roles, bool LockedOut);

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
        [StringLength(1000, MinimumLength = 12)]
        public string Password { get; set; } = "";
    }
}
