using MobilizationTracker.Web.Export;
using MobilizationTracker.Web.Pages;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTrackerPages();
var app = builder.Build();

app.MapTrackerPages();
app.MapExport();

app.Run();
