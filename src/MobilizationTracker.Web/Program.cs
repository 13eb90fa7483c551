using MobilizationTracker.Web;
using MobilizationTracker.Web.Cli;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Export;
using MobilizationTracker.Web.Health;
using MobilizationTracker.Web.Ingestion;
using MobilizationTracker.Web.Logging;
using MobilizationTracker.Web.Pages;
using MobilizationTracker.Web.Security;

// Command-line verbs (import, extract, export, migrate, healthcheck) run instead of the site.
if (TrackerCli.IsVerb(args))
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
    return await TrackerCli.RunAsync(args, Console.Out, Console.Error, ct: cancel.Token);
}

var builder = WebApplication.CreateBuilder(args);
// Outside Development the host skips the build's static-web-assets manifest, so `dotnet run` (which runs
// in Production here) served the advertised compressed CSS/JS as empty files. A published app has no such
// manifest and serves its own files; for it this call does nothing.
builder.WebHost.UseStaticWebAssets();
builder.Logging.AddTrackerLogging(builder.Configuration);
builder.Services.AddTrackerCore(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddRouting(o => o.LowercaseUrls = true);
builder.Services.AddTrackerHealthChecks();
builder.AddTrackerSecurity();
builder.Services.AddTrackerPages();

var app = builder.Build();

await TrackerDatabase.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
await MobilizationTracker.Web.Data.PostgreSql.SharedKeys.EnsureAsync(app.Services, app.Lifetime.ApplicationStopping);
await SeedImporter.SeedIfEmptyAsync(app.Services, app.Configuration, app.Environment.ContentRootPath, app.Lifetime.ApplicationStopping);

app.UseTrackerRequestLogging();
app.UseTrackerSecurity();
app.UseTrackerPageCache();
app.MapTrackerHealthChecks();
app.MapTrackerPages();
app.MapExport();

await app.RunAsync();
return 0;
