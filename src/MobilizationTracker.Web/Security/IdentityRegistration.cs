using Microsoft.AspNetCore.Identity;
using MobilizationTracker.Web.Data;

namespace MobilizationTracker.Web.Security;

public static class IdentityRegistration
{
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
        o.Password.RequiredLength = 12;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 4;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = 5;
        o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }
}
