using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MobilizationTracker.Web.Pages.Account;

/// <summary>The signed-in user's own password; the security stamp changes, so other sessions end.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Changed { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Input.Current, Input.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(new { Changed = true });
    }

    public sealed class InputModel
    {
        [Required]
        [DataType(DataType.Password)]
        public string Current { get; set; } = "";

        [Required]
        [DataType(DataType.Password)]
        [StringLength(1000, MinimumLength = Security.IdentityRegistration.MinPasswordLength, ErrorMessage = "The new password must have at least {2} characters.")]
        public string New { get; set; } = "";

        [Required]
        [DataType(DataType.Password)]
        [Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
        public string Confirm { get; set; } = "";
    }
}
