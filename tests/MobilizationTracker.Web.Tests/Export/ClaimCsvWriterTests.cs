using System.Text;
using MobilizationTracker.Extraction.Model;
using MobilizationTracker.Web.Export;

namespace MobilizationTracker.Web.Tests.Export;

public sealed class ClaimCsvWriterTests
{
    private static async Task<string> WriteAsync(bool bom = false, params MobilizationTracker.Web.Claims.ClaimRow[] rows)
    {
        using var stream = new MemoryStream();
        await ClaimCsvWriter.WriteAsync(ClaimRows.Async(rows), stream, bom, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<string> Lines(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    [Fact]
    public async Task Header_row_has_the_spec_columns_in_order()
    {
        var csv = await WriteAsync();

        Lines(csv)[0].Should().Be("claim_id,figure,low,high,qualifier,kind,source,claim_date,claim_date_precision,regions,denied,denied_by,evidence,article_id,outlet,title,url,published");
    }

    [Fact]
    public async Task A_row_uses_tokens_iso_dates_and_invariant_numbers()
    {
        var row = ClaimRows.Make(id: 12, figure: null, low: 500, high: 600, kind: ClaimKind.Rate, qualifier: Qualifier.Approx,
            regions: "RU-VOR;RU-TYU", denied: true, deniedBy: "Dmitry Peskov", evidence: "About 500-600 a day.", title: "Rates",
            date: new DateOnly(2023, 12, 1), precision: DatePrecision.Month, articleId: 3);

        var csv = await WriteAsync(false, row);

        Lines(csv)[1].Should().Be("12,,500,600,approx,rate,RFE/RL,2023-12,month,RU-TYU;RU-VOR,true,Dmitry Peskov,About 500-600 a day.,3,The Kyiv Independent,Rates,https://example.org/a,2023-03-14");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("+1 soldiers")]
    [InlineData("-2 soldiers")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    [InlineData("\ncmd")]
    [InlineData("\0cmd")]
    public async Task Text_cells_starting_like_a_formula_are_prefixed_with_a_quote(string evidence)
    {
        var csv = await WriteAsync(false, ClaimRows.Make(evidence: evidence));

        var record = csv[(csv.IndexOf("\r\n", StringComparison.Ordinal) + 2)..];
        var cells = SplitRecord(record);
        cells[12].Should().Be("'" + evidence);
    }

    [Fact]
    public async Task Numeric_columns_are_written_as_plain_numbers()
    {
        var csv = await WriteAsync(false, ClaimRows.Make(id: 5, figure: 1500000, articleId: 9));

        var cells = SplitRecord(Lines(csv)[1]);
        cells[0].Should().Be("5");
        cells[1].Should().Be("1500000");
        cells[13].Should().Be("9");
    }

    [Fact]
    public async Task Commas_quotes_and_cyrillic_are_quoted_per_rfc_4180()
    {
        var csv = await WriteAsync(false, ClaimRows.Make(evidence: "Песков сказал: \"нет\", и всё."));

        csv.Should().Contain("\"Песков сказал: \"\"нет\"\", и всё.\"");
    }

    [Fact]
    public async Task Bom_is_written_only_when_asked_for()
    {
        using var with = new MemoryStream();
        using var without = new MemoryStream();

        await ClaimCsvWriter.WriteAsync(ClaimRows.Async(ClaimRows.Make()), with, true, CancellationToken.None);
        await ClaimCsvWriter.WriteAsync(ClaimRows.Async(ClaimRows.Make()), without, false, CancellationToken.None);

        with.ToArray().Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
        without.ToArray()[0].Should().Be((byte)'c');
    }

    /// <summary>A minimal RFC 4180 record splitter for assertions (quoted cells may hold CR, LF, commas).</summary>
    internal static List<string> SplitRecord(string record)
    {
        var cells = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < record.Length; i++)
        {
            var ch = record[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < record.Length && record[i + 1] == '"')
                {
                    sb.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    sb.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(sb.ToString());
                sb.Clear();
            }
            else if (ch == '\r' && i + 1 < record.Length && record[i + 1] == '\n')
            {
                break;
            }
            else
            {
                sb.Append(ch);
            }
        }

        cells.Add(sb.ToString());
        return cells;
    }
}
