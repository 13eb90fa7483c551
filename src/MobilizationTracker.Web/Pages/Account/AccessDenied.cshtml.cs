using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MobilizationTracker.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
