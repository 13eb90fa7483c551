using MobilizationTracker.Extraction.Regions;

namespace MobilizationTracker.Web.Pages.Map;

/// <summary>
/// The map's layout: a tile-grid cartogram of the Russian federal subjects and the Ukrainian
/// oblasts, one equal tile each, placed roughly where the region lies (north up, west left).
/// Tiles are the ISO 3166-2 codes without the country: letters are Russian (RU-TYU), digits
/// Ukrainian (UA-43). Every subdivision in <see cref="RegionGazetteer"/> has exactly one tile (a
/// test checks it); the two whole countries (RU, UA) are listed beside the map, not drawn.
/// </summary>
public static class RegionGrid
{
    private const string Layout = """
        .   .   .   .   .   .   .   .   MUR .   .   .   .   .   .   .   .   .   .   .
        .   .   .   .   .   .   .   KR  ARK NEN .   .   YAN .   KYA SA  .   MAG CHU .
        .   .   .   .   .   .   SPE LEN VLG KO  .   KHM TOM .   .   .   .   KHA KAM .
        .   KGD .   .   .   PSK NGR TVE YAR KOS PER SVE TYU OMS NVS IRK ZAB AMU .   SAK
        .   .   .   .   .   SMO MOW VLA IVA KIR UD  CHE KGN ALT KEM BU  YEV PRI .   .
        .   .   .   .   .   BRY KLU MOS NIZ ME  TA  BA  .   AL  KK  TY  .   .   .   .
        .   07  56  18  32  74  ORL TUL RYA CU  ULY ORE .   .   .   .   .   .   .   .
        46  61  68  05  30  59  KRS LIP TAM MO  SAM .   .   .   .   .   .   .   .   .
        21  26  77  71  53  63  BEL VOR PNZ SAR .   .   .   .   .   .   .   .   .   .
        .   51  35  12  14  09  ROS VGG .   .   .   .   .   .   .   .   .   .   .   .
        .   .   48  65  23  KDA STA KL  AST .   .   .   .   .   .   .   .   .   .   .
        .   .   .   40  43  AD  KC  KB  SE  IN  CE  DA  .   .   .   .   .   .   .   .
        """;

    /// <summary>One tile: the region's code, its short label and its row and column.</summary>
    public sealed record Tile(string Code, string Label, int Row, int Column);

    public static IReadOnlyList<Tile> Tiles { get; } = Parse();

    public static int Rows { get; } = Tiles.Max(t => t.Row) + 1;

    public static int Columns { get; } = Tiles.Max(t => t.Column) + 1;

    private static List<Tile> Parse()
    {
        var tiles = new List<Tile>();
        var lines = Layout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var row = 0; row < lines.Length; row++)
        {
            var cells = lines[row].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var column = 0; column < cells.Length; column++)
            {
                var cell = cells[column];
                if (cell != ".")
                {
                    tiles.Add(new Tile((char.IsAsciiDigit(cell[0]) ? "UA-" : "RU-") + cell, cell, row, column));
                }
            }
        }

        return tiles;
    }
}
