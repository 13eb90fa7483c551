using Microsoft.Playwright;
using MobilizationTracker.Web.Security;

namespace MobilizationTracker.Browser.Tests;

/// <summary>
/// One app and one headless Debian Chromium for the test class. Fails loudly (never skips) when
/// /usr/bin/chromium is missing: ./test.sh and .ci/run install it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string EditorEmail = "editor@example.org";

    private IPlaywright? _playwright;
    private string? _editorPassword;

    public BrowserAppFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public string BaseUrl { get; private set; } = "";

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium package (./test.sh does it) to run the browser tests.");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        BaseUrl = App.BaseUrl;
        await TestData.AddAsync(App.Services);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page at the desktop size.</summary>
    public Task<IPage> NewPageAsync() => NewPageAsync(Screen.Desktop);

    /// <summary>A page at the given screen size (a phone is a touch screen with a mobile viewport).</summary>
    public async Task<IPage> NewPageAsync(Screen screen)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            AcceptDownloads = true,
            ViewportSize = new() { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsPhone,
            HasTouch = screen.IsPhone,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>A page signed in as an editor (the account is made once per fixture, with a random password).</summary>
    public Task<IPage> NewEditorPageAsync() => NewEditorPageAsync(Screen.Desktop);

    /// <summary>A page at the given size, signed in as an editor.</summary>
    public async Task<IPage> NewEditorPageAsync(Screen screen)
    {
        if (_editorPassword is null)
        {
            _editorPassword = "pw-" + Guid.NewGuid().ToString("N");
            var errors = await UserAccounts.CreateAsync(App.Services, EditorEmail, _editorPassword, TrackerRoles.Editor);
            errors.Should().BeEmpty();
        }

        var page = await NewPageAsync(screen);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(EditorEmail);
        await page.GetByLabel("Password").FillAsync(_editorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    /// <summary>A full-page screenshot named after the page and the screen ("timeline-phone.png").</summary>
    public static Task ScreenshotAsync(IPage page, string name, Screen screen) => ScreenshotAsync(page, name + "-" + screen.Name);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
