using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MobilizationTracker.Web.Pages.Account;

/// <summary>Signs out on POST only (a link or image cannot sign anyone out), and revokes the session's cookie everywhere.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp revokes every copy of the cookie, not only this browser's (every request checks it).
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Logout");
    }
}
