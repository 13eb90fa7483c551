using MobilizationTracker.Web;
using MobilizationTracker.Web.Data;
using MobilizationTracker.Web.Ingestion;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddRouting(o => o.LowercaseUrls = true);
builder.Services.AddTrackerData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddTrackerIngestion();

var app = builder.Build();

await TrackerDatabase.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
await SeedImporter.SeedIfEmptyAsync(app.Services, app.Configuration, app.Environment.ContentRootPath, app.Lifetime.ApplicationStopping);

// Temporary home page until the pages helper's Razor Pages land (drop at merge).
app.MapTemporaryHome();

await app.RunAsync();
