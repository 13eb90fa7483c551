using System.Net;
using System.Text;
using System.Text.Json;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Export;
using static MobilizationTracker.Web.Tests.Pages.TestRows;

namespace MobilizationTracker.Web.Tests.Export;

/// <summary>The cases on SQLite; <see cref="ExportEndpointPostgreSqlTests"/> runs the same ones on PostgreSQL.</summary>
public sealed class ExportEndpointTests(TrackerAppFactory factory) : ExportEndpointCases<TrackerAppFactory>(factory);

public sealed class ExportEndpointPostgreSqlTests(PostgreSqlAppFactory factory) : ExportEndpointCases<PostgreSqlAppFactory>(factory);

public abstract class ExportEndpointCases<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : TrackerAppFactory
{
    private static string Outlet() => "Exporter " + Guid.NewGuid().ToString("N")[..8];

    private async Task<string> SeedAsync()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2024, 3, 22), "Text.",
            new ClaimSpec(300000, Regions: ["RU-VOR"], Evidence: "=cmd|' /C calc'!A0 is not evidence."),
            new ClaimSpec(500, Kind: ClaimKind.Rate, Regions: ["RU"], Denied: true, DeniedBy: "Dmitry Peskov", Evidence: "Песков: 500 в день."),
            new ClaimSpec(null, Low: 20, High: 30, Regions: ["RU-VOR", "RU-TYU"], Evidence: "Between 20 and 30."));
        return outlet;
    }

    [Fact]
    public async Task Csv_export_has_exactly_the_filtered_claims_and_a_file_name_saying_what_was_exported()
    {
        var outlet = await SeedAsync();

        var response = await factory.CreateClient().GetAsync($"/export/claims.csv?outlet={Uri.EscapeDataString(outlet)}&region=RU-VOR");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/csv; charset=utf-8");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith("claims-2026-11-22-region-RU-VOR-outlet-Exporter-").And.EndWith(".csv");
        var records = Csv(await response.Content.ReadAsStringAsync());
        records.Should().HaveCount(3);
        records[1][1].Should().Be("300000");
        records[1][9].Should().Be("RU-VOR");
        records[1][12].Should().StartWith("'=cmd");
        records[2][2].Should().Be("20");
        records[2][3].Should().Be("30");
        records[2][9].Should().Be("RU-TYU;RU-VOR");
    }

    [Fact]
    public async Task Csv_is_utf8_and_bom_1_adds_a_byte_order_mark()
    {
        var outlet = await SeedAsync();

        var plain = await factory.CreateClient().GetByteArrayAsync($"/export/claims.csv?outlet={Uri.EscapeDataString(outlet)}&kind=rate");
        var withBom = await factory.CreateClient().GetByteArrayAsync($"/export/claims.csv?outlet={Uri.EscapeDataString(outlet)}&kind=rate&bom=1");

        plain[0].Should().Be((byte)'c');
        withBom.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        Encoding.UTF8.GetString(plain).Should().Contain("Песков: 500 в день.").And.Contain(",true,Dmitry Peskov,");
    }

    [Fact]
    public async Task Json_export_has_the_same_rows_with_the_same_field_names()
    {
        var outlet = await SeedAsync();

        var json = await factory.CreateClient().GetStringAsync($"/export/claims.json?outlet={Uri.EscapeDataString(outlet)}&denied=yes");

        using var doc = JsonDocument.Parse(json);
        var claim = doc.RootElement.EnumerateArray().Single();
        claim.EnumerateObject().Select(p => p.Name).Should().Equal(ClaimCsvWriter.Columns);
        claim.GetProperty("kind").GetString().Should().Be("rate");
        claim.GetProperty("regions").EnumerateArray().Select(r => r.GetString()).Should().Equal("RU");
        claim.GetProperty("figure").GetInt32().Should().Be(500);
    }

    [Fact]
    public async Task Api_pages_with_a_cursor_until_next_is_null()
    {
        var outlet = await SeedAsync();
        var client = factory.CreateClient();
        var seen = new List<int>();
        string? next = null;

        do
        {
            var json = await client.GetStringAsync($"/api/claims?outlet={Uri.EscapeDataString(outlet)}&limit=2" + (next is null ? "" : "&after=" + next));
            using var doc = JsonDocument.Parse(json);
            seen.AddRange(doc.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("claim_id").GetInt32()));
            next = doc.RootElement.GetProperty("next").GetString();
        }
        while (next is not null);

        seen.Should().HaveCount(3).And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("")]
    [InlineData("&order=asc")]
    public async Task Api_first_page_without_a_filter_is_the_same_json_as_through_the_filtered_query(string order)
    {
        await SeedAsync();
        var client = factory.CreateClient();

        // No filter takes the compiled first page; a from date before every claim takes TimelineQuery's.
        var unfiltered = await client.GetStringAsync("/api/claims?limit=2" + order);
        var filtered = await client.GetStringAsync("/api/claims?limit=2&from=0001-01-01" + order);

        unfiltered.Should().Be(filtered);
        using var doc = JsonDocument.Parse(unfiltered);
        doc.RootElement.GetProperty("claims").GetArrayLength().Should().Be(2);
        doc.RootElement.GetProperty("next").GetString().Should().NotBeNull();
    }

    [Fact]
    public async Task Exports_are_oldest_first_and_order_desc_gives_the_timelines_order_with_the_same_rows_and_regions()
    {
        var outlet = Outlet();
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2023, 1, 5), "Text.", new ClaimSpec(100, Regions: ["RU-TYU", "RU"]));
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2023, 1, 9), "Text.", new ClaimSpec(200, Regions: ["UA-43"]));
        await AddArticleAsync(factory.Services, outlet, new DateOnly(2023, 1, 7), "Text.", new ClaimSpec(300, Regions: ["RU-VOR", "UA-43", "RU"]));
        var url = $"/export/claims.csv?outlet={Uri.EscapeDataString(outlet)}";

        var ascending = Csv(await factory.CreateClient().GetStringAsync(url)).Skip(1).Select(r => (r[1], r[9])).ToList();
        var descending = Csv(await factory.CreateClient().GetStringAsync(url + "&order=desc")).Skip(1).Select(r => (r[1], r[9])).ToList();

        ascending.Should().Equal(("100", "RU;RU-TYU"), ("300", "RU;RU-VOR;UA-43"), ("200", "UA-43"));
        descending.Should().Equal(ascending.AsEnumerable().Reverse());
    }

    [Fact]
    public async Task Export_verb_writes_the_same_csv_as_the_endpoint()
    {
        var outlet = await SeedAsync();
        var endpoint = await factory.CreateClient().GetStringAsync($"/export/claims.csv?outlet={Uri.EscapeDataString(outlet)}");
        var stdout = new StringWriter();

        var code = await ExportCommand.RunAsync(factory.Services, ["--format", "csv", "--outlet", outlet], stdout, CancellationToken.None);

        code.Should().Be(0);
        stdout.ToString().Should().Be(endpoint);
    }

    [Fact]
    public async Task Export_verb_rejects_an_unknown_option()
    {
        var stdout = new StringWriter();

        var code = await ExportCommand.RunAsync(factory.Services, ["--format", "xml"], stdout, CancellationToken.None);

        code.Should().Be(2);
        stdout.ToString().Should().Contain("Unknown format 'xml'");
    }

    private static List<List<string>> Csv(string text)
    {
        var records = new List<List<string>>();
        var rest = text;
        while (rest.Length > 0)
        {
            var cells = ClaimCsvWriterTests.SplitRecord(rest);
            records.Add(cells);
            rest = rest[RecordLength(rest)..];
        }

        return records;
    }

    private static int RecordLength(string text)
    {
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                return i + 2;
            }
        }

        return text.Length;
    }
}
