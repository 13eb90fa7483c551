using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MobilizationTracker.Web.Pages.Account;

/// <summary>Email and password; five wrong passwords lock the account for 15 minutes (and the rate limiter answers 429 to floods).</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<IdentityUser> signIn, ILogger<LoginModel> logger) : PageModel
{
    /// <summary>
    /// The one answer to every failed sign-in, locked out or not: a different message for a locked
    /// account would tell a guesser which emails have accounts (issue 8).
    /// </summary>
    public const string Failed = "Wrong email or password. After 5 failed attempts an account is locked for 15 minutes.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Signed in: {User}", Input.Email.Trim());
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        logger.LogWarning("Failed sign-in for {User} (locked out: {LockedOut})", Input.Email.Trim(), result.IsLockedOut);
        Error = Failed;
        return Page();
    }

    public sealed class InputModel
    {
        [Required]
        [EmailAddress]
        [StringLength(256)]
        public string Email { get; set; } = "";

        [Required]
        [DataType(DataType.Password)]
        [StringLength(1000)]
        public string Password { get; set; } = "";
    }
}
