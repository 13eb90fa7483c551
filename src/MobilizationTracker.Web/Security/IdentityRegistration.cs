using Microsoft.AspNetCore.Identity;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Security;

public static class IdentityRegistration
{
    public const int MinPasswordLength = 12;
    public const int MinDistinctPasswordCharacters = 4;

    /// <summary>The password rule in words, for the forms and the README.</summary>
    public static readonly string PasswordRule =
        $"at least {MinPasswordLength} characters, at least {MinDistinctPasswordCharacters} of them different; no rules about digits, case or symbols";

    /// <summary>
    /// User and role managers over the tracker's database, shared by the site and the <c>users</c>
    /// verb: passwords of at least 12 characters (length over composition rules), lockout after 5
    /// failed sign-ins for 15 minutes, unique email as user name.
    /// </summary>
    public static IServiceCollection AddTrackerIdentityStores(this IServiceCollection services)
    {
        services.AddIdentityCore<IdentityUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<TrackerDbContext>();
        return services;
    }

    internal static void Configure(IdentityOptions o)
    {
        o.User.RequireUniqueEmail = true;
        o.Password.RequiredLength = MinPasswordLength;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = MinDistinctPasswordCharacters;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }
}
