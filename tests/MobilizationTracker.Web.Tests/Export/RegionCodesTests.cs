using System.Text;
using System.Text.Json;
using MobilizationTracker.Web.Export;

namespace MobilizationTracker.Web.Tests.Export;

/// <summary>
/// The exports write a row's region codes as read when they come in order, and sort them otherwise:
/// either way the cell is the sorted list (docs/data-dictionary.md).
/// </summary>
public sealed class RegionCodesTests
{
    [Theory]
    [InlineData("RU-TYU;RU-VOR", "RU-TYU;RU-VOR")]
    [InlineData("RU-VOR;RU-TYU", "RU-TYU;RU-VOR")]
    [InlineData("RU-VOR;RU;UA-43", "RU;RU-VOR;UA-43")]
    [InlineData("RU", "RU")]
    [InlineData(";RU;", "RU")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Sorted_codes_are_the_sorted_list_whatever_order_they_came_in(string? read, string expected)
    {
        ClaimRows.Make(regions: read).SortedRegionCodes.Should().Be(expected);
    }

    [Theory]
    [InlineData("UA-43;RU-VOR", new[] { "RU-VOR", "UA-43" })]
    [InlineData("RU", new[] { "RU" })]
    [InlineData(null, new string[0])]
    public void Json_regions_are_a_sorted_array(string? read, string[] expected)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            ClaimJsonWriter.WriteClaim(json, ClaimRows.Make(regions: read));
        }

        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(buffer.WrittenSpan));
        doc.RootElement.GetProperty("regions").EnumerateArray().Select(r => r.GetString()).Should().Equal(expected);
    }
}
