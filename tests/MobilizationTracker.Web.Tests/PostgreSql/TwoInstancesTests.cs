using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MobilizationTracker.Web.Tests.Cli;
using MobilizationTracker.Web.Tests.History;
using MobilizationTracker.Web.Tests.Security;

namespace MobilizationTracker.Web.Tests.PostgreSql;

/// <summary>
/// Two real app processes (the built dll run with dotnet) on loopback, on one PostgreSQL database,
/// behind a real nginx (round-robin) that the fixture configures in a temp folder and starts.
/// Migrations run once, by the <c>migrate</c> verb, before either instance starts.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public const string Password = "Two-instances-pw-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mt-two-" + Guid.NewGuid().ToString("N"));
    private readonly List<Process> _processes = [];
    private readonly StringBuilder _log = new();

    public string ConnectionString { get; } = PostgreSqlServer.CreateDatabase();

    public Process[] Instances { get; } = new Process[2];

    public string[] InstanceUrls { get; } = new string[2];

    public string ProxyUrl { get; private set; } = "";

    public const string EditedOutlet = "Proxy Outlet";

    public string Editor { get; } = $"editor-{Guid.NewGuid():N}@example.org";

    public Dictionary<string, string> Environment => new()
    {
        ["Tracker__Database"] = "PostgreSql",
        ["Tracker__SeedOnStartup"] = "false",
        ["Tracker__TrustForwardedHeaders"] = "true",
        ["Tracker__WritesPerMinute"] = "1000",
        ["Tracker__ExtractionBudgetSeconds"] = "120",
        ["TRACKER_PASSWORD"] = Password,
    };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await RunVerbAsync("migrate");
        await RunVerbAsync("users", "add", "--role", "editor", Editor);
        await RunVerbAsync("import", "--manifest", Path.Combine(AppContext.BaseDirectory, "seeds", "manifest.json"));

        // The article the form tests edit: its text is the evidence HistoryTests.ClaimForm posts.
        await File.WriteAllTextAsync(Path.Combine(_folder, "governor.txt"), "The governor said 1,000 reservists would be called up.");
        await File.WriteAllTextAsync(Path.Combine(_folder, "manifest.json"), JsonSerializer.Serialize(new[]
        {
            new { file = "governor.txt", outlet = EditedOutlet, title = "Governor", url = (string?)null, published = "2024-03-12" },
        }));
        await RunVerbAsync("import", "--manifest", Path.Combine(_folder, "manifest.json"));

        for (var i = 0; i < 2; i++)
        {
            InstanceUrls[i] = $"http://127.0.0.1:{FreePort()}";
            Instances[i] = Track(WebProcess.Start(ConnectionString, Environment, "--urls", InstanceUrls[i]), "instance " + i);
        }

        ProxyUrl = $"http://127.0.0.1:{FreePort()}";
        var config = Path.Combine(_folder, "nginx.conf");
        await File.WriteAllTextAsync(config, NginxConfig(new Uri(ProxyUrl).Port, InstanceUrls.Select(u => new Uri(u).Port)));
        var nginx = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-p", _folder, "-c", config })
        {
            nginx.ArgumentList.Add(arg);
        }

        // The workers may run as another user (nobody, when the tests run as root): the temp folders are theirs too.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, (UnixFileMode)Convert.ToInt32("777", 8));
        }

        Track(Process.Start(nginx) ?? throw new InvalidOperationException("nginx did not start"), "nginx");

        foreach (var url in InstanceUrls.Append(ProxyUrl))
        {
            await WaitHealthyAsync(url);
        }
    }

    /// <summary>The configuration the test uses (and docs/deployment.md shows): round-robin over the instances, forwarded headers set.</summary>
    public static string NginxConfig(int listen, IEnumerable<int> instances) => $$"""
        daemon off;
        worker_processes 1;
        error_log stderr warn;
        pid nginx.pid;
        events { worker_connections 512; }
        http {
            access_log off;
            client_body_temp_path body;
            proxy_temp_path proxy;
            fastcgi_temp_path fastcgi;
            uwsgi_temp_path uwsgi;
            scgi_temp_path scgi;
            client_max_body_size 25m;
            upstream tracker {
        {{string.Concat(instances.Select(p => $"        server 127.0.0.1:{p} max_fails=1 fail_timeout=30s;\n"))}}
            }
            server {
                listen 127.0.0.1:{{listen}};
                location / {
                    proxy_pass http://tracker;
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                    proxy_next_upstream error timeout;
                }
            }
        }
        """;

    public HttpClient Client(string baseUrl, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Starts instance <paramref name="index"/> again on its port (after a test killed it).</summary>
    public async Task RestartAsync(int index)
    {
        Instances[index] = Track(WebProcess.Start(ConnectionString, Environment, "--urls", InstanceUrls[index]), "instance " + index);
        await WaitHealthyAsync(InstanceUrls[index]);
    }

    /// <summary>A verb process; the caller disposes it (it is not stopped by the fixture).</summary>
    public Process StartVerb(params string[] args) => Track(WebProcess.Start(ConnectionString, Environment, args), "verb " + args[0], keepStdout: true);

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes.Where(p => !p.HasExited))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        foreach (var process in _processes)
        {
            process.Dispose();
        }

        PostgreSqlServer.DropDatabase(ConnectionString);
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }

    private async Task RunVerbAsync(params string[] args)
    {
        using var process = WebProcess.Start(ConnectionString, Environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token);
        process.ExitCode.Should().Be(0, because: $"{string.Join(' ', args)} must succeed: {await stdout}\n{await stderr}");
    }

    private Process Track(Process process, string name, bool keepStdout = false)
    {
        if (!keepStdout)
        {
            _processes.Add(process); // the instances and nginx, stopped by DisposeAsync
        }

        void Append(string? line)
        {
            if (line is not null)
            {
                lock (_log)
                {
                    _log.Append(name).Append(": ").AppendLine(line);
                }
            }
        }

        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginErrorReadLine();
        if (!keepStdout)
        {
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
        }

        return process;
    }

    private async Task WaitHealthyAsync(string url)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await client.GetAsync(url + "/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer.
            }

            if (waited.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new InvalidOperationException($"{url} did not become healthy:\n{Log}");
            }

            await Task.Delay(250);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class TwoInstancesTests(TwoInstances app) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task An_editor_signs_in_through_the_proxy_opens_the_form_on_one_instance_and_saves_on_the_other()
    {
        var (proxy, first, second) = await SignedInAsync();
        using var _ = proxy;
        using var __ = first;
        using var ___ = second;
        var (articleId, claimId) = await FirstClaimAsync();
        var url = $"/articles/{articleId}/claims/{claimId}";

        var token = await Browsing.TokenAsync(first, url);
        var fields = new Dictionary<string, string>(HistoryTests.ClaimForm(4321, version: await VersionAsync(claimId))) { ["__RequestVerificationToken"] = token };
        var saved = await second.PostAsync(url, new FormUrlEncodedContent(fields));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, because: "the cookie and the form token of one instance are valid on the other (keys in the database)\n" + app.Log);
        await using var db = PostgreSqlServer.CreateContext(app.ConnectionString);
        (await db.Claims.SingleAsync(c => c.Id == claimId)).Figure.Should().Be(4321);
        (await db.History.CountAsync(h => h.EntityId == claimId && h.Entity == "claim" && h.Action == "edit" && h.Actor == app.Editor)).Should().Be(1);
    }

    [Fact]
    public async Task A_page_kept_by_one_instance_shows_a_save_made_on_the_other_at_once()
    {
        var (proxy, first, second) = await SignedInAsync();
        using var _ = proxy;
        using var __ = first;
        using var ___ = second;
        using var reader = app.Client(app.InstanceUrls[1], new CookieContainer());
        var (articleId, _) = await FirstClaimAsync();
        var page = "/api/claims?outlet=" + Uri.EscapeDataString(TwoInstances.EditedOutlet);
        (await reader.GetAsync(page)).EnsureSuccessStatusCode();
        var kept = false;
        for (var attempt = 0; attempt < 20 && !kept; attempt++)
        {
            // The snapshot is the server's: another test's write may move it between two reads.
            kept = (await reader.GetAsync(page)).Headers.Age is not null;
        }

        kept.Should().BeTrue("instance 1 keeps the anonymous page\n" + app.Log);

        // A new claim (the other tests count the edits of the first one).
        var url = $"/articles/{articleId}/claims/new";
        var token = await Browsing.TokenAsync(first, url);
        var fields = new Dictionary<string, string>(HistoryTests.ClaimForm(6543, version: 0)) { ["__RequestVerificationToken"] = token };
        (await first.PostAsync(url, new FormUrlEncodedContent(fields))).StatusCode.Should().Be(HttpStatusCode.Redirect, because: app.Log);

        var after = await reader.GetAsync(page);
        after.Headers.Age.Should().BeNull("the commit on instance 0 changed the snapshot instance 1 keys its pages by");
        (await after.Content.ReadAsStringAsync()).Should().Contain("\"figure\":6543");
    }

    [Fact]
    public async Task Twenty_concurrent_saves_spread_over_both_instances_land_once_each()
    {
        var (proxy, first, second) = await SignedInAsync();
        using var _ = proxy;
        using var __ = first;
        using var ___ = second;
        var (articleId, _) = await FirstClaimAsync();
        var url = $"/articles/{articleId}/claims/new";
        var token = await Browsing.TokenAsync(proxy, url);
        await using var before = PostgreSqlServer.CreateContext(app.ConnectionString);
        var claimsBefore = await before.Claims.CountAsync(c => c.ArticleId == articleId);

        var posts = Enumerable.Range(0, 20).Select(i =>
        {
            var fields = new Dictionary<string, string>(HistoryTests.ClaimForm(7000 + i, version: 0)) { ["__RequestVerificationToken"] = token };
            return (i % 2 == 0 ? first : second).PostAsync(url, new FormUrlEncodedContent(fields));
        }).ToList();
        var responses = await Task.WhenAll(posts);

        responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Redirect, because: app.Log);
        await using var db = PostgreSqlServer.CreateContext(app.ConnectionString);
        var figures = await db.Claims.Where(c => c.ArticleId == articleId && c.Figure >= 7000 && c.Figure < 7020).Select(c => c.Figure!.Value).ToListAsync();
        figures.Order().Should().Equal(Enumerable.Range(7000, 20), because: "each save lands exactly once");
        (await db.Claims.CountAsync(c => c.ArticleId == articleId)).Should().Be(claimsBefore + 20);
        (await db.History.CountAsync(h => h.ArticleId == articleId && h.Entity == "claim" && h.Action == "create" && h.After!.Contains("\"Figure\":70"))).Should().Be(20);
    }

    [Fact]
    public async Task The_same_article_sent_to_both_instances_at_once_is_stored_once()
    {
        var text = $"The governor said 2,500 reservists would be called up. Reference {Guid.NewGuid():N}.";
        var imports = Enumerable.Range(0, 2).Select(async i =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "mt-same-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "same.txt"), text);
            await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(new[]
            {
                new { file = "same.txt", outlet = "Same Outlet", title = "Same article", url = (string?)null, published = "2024-03-12" },
            }));
            using var process = app.StartVerb("import", "--manifest", Path.Combine(folder, "manifest.json"));
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return output;
        }).ToList();

        var outputs = await Task.WhenAll(imports);

        outputs.Count(o => o.Contains(": imported,", StringComparison.Ordinal)).Should().Be(1, because: string.Join("\n", outputs));
        outputs.Count(o => o.Contains("duplicate of article", StringComparison.Ordinal)).Should().Be(1, because: string.Join("\n", outputs));
        await using var db = PostgreSqlServer.CreateContext(app.ConnectionString);
        (await db.Articles.CountAsync(a => a.CleanedText.Contains(text.Substring(text.Length - 20)))).Should().Be(1);
    }

    [Fact]
    public async Task An_import_and_an_instance_killed_with_sigkill_leave_whole_articles_and_the_other_instance_serving()
    {
        var manifest = await WriteArticlesAsync(300);
        using var import = app.StartVerb("import", "--manifest", manifest);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await import.StandardOutput.ReadLineAsync(timeout.Token) is { } line && !line.Contains(": imported,", StringComparison.Ordinal))
        {
        }

        import.Kill();
        app.Instances[0].Kill();
        await Task.WhenAll(import.WaitForExitAsync(), app.Instances[0].WaitForExitAsync());

        using var proxy = app.Client(app.ProxyUrl, new CookieContainer());
        for (var i = 0; i < 6; i++)
        {
            (await proxy.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.OK, because: "nginx passes every request to the instance still running");
        }

        await using var db = PostgreSqlServer.CreateContext(app.ConnectionString);
        var stored = await db.Articles.Where(a => a.Outlet == "Sigkill Outlet")
            .Select(a => new { Claims = a.Claims.Count, History = db.History.Count(h => h.Entity == "article" && h.EntityId == a.Id && h.Action == "create") })
            .ToListAsync();
        stored.Should().NotBeEmpty().And.HaveCountLessThan(300);
        stored.Select(s => s.Claims).Distinct().Should().ContainSingle(because: "every stored article has all its claims (each file gives the same ones)");
        stored.Should().OnlyContain(s => s.Claims > 0 && s.History == 1);
        (await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM \"StoryDirtyClaims\"").SingleAsync()).Should().Be(0, because: "no half-done story update is left");
        await app.RestartAsync(0);
    }

    /// <summary>The editor signed in through the proxy; clients of the proxy and of each instance sharing that cookie.</summary>
    private async Task<(HttpClient Proxy, HttpClient First, HttpClient Second)> SignedInAsync()
    {
        var cookies = new CookieContainer();
        var proxy = app.Client(app.ProxyUrl, cookies);
        (await Browsing.SignInAsync(proxy, app.Editor, TwoInstances.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        return (proxy, app.Client(app.InstanceUrls[0], cookies), app.Client(app.InstanceUrls[1], cookies));
    }

    private async Task<(int ArticleId, int ClaimId)> FirstClaimAsync()
    {
        await using var db = PostgreSqlServer.CreateContext(app.ConnectionString);
        var claim = await db.Claims.OrderBy(c => c.Id).FirstAsync(c => c.Article!.Outlet == TwoInstances.EditedOutlet);
        return (claim.ArticleId, claim.Id);
    }

    private async Task<int> VersionAsync(int claimId)
    {
        await using var db = PostgreSqlServer.CreateContext(app.ConnectionString);
        return (await db.Claims.SingleAsync(c => c.Id == claimId)).Version;
    }

    private static async Task<string> WriteArticlesAsync(int count)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mt-kill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var entries = new List<object>();
        for (var i = 0; i < count; i++)
        {
            var reference = new string([.. i.ToString("D4", CultureInfo.InvariantCulture).Select(d => (char)('a' + (d - '0')))]) + Guid.NewGuid().ToString("N")[..6].Replace('0', 'x');
            reference = new string([.. reference.Select(c => char.IsDigit(c) ? (char)('k' + (c - '0')) : c)]);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{i:D4}.txt"),
                "Voronezh, 12 March 2024. The regional governor said on Monday that up to 1,234 reservists would be called up in Voronezh Oblast. "
                + "The defence ministry said 25,000 contract soldiers had signed up in March. Reference " + reference + ".");
            entries.Add(new { file = $"{i:D4}.txt", outlet = "Sigkill Outlet", title = "Article " + reference, url = (string?)null, published = "2024-03-12" });
        }

        var manifest = Path.Combine(folder, "manifest.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(entries));
        return manifest;
    }
}
