using System.Globalization;
using System.Text;

namespace MobilizationTracker.Extraction.Tests.Scoring;

/// <summary>Counts over all articles: figure matches, and for matched claims how many fields agree.</summary>
public sealed record Score
{
    public int Gold { get; init; }
    public int Extracted { get; init; }
    public int Matched { get; init; }
    public int SourceRight { get; init; }
    public int ClaimDateRight { get; init; }
    public int KindRight { get; init; }
    public int RegionsRight { get; init; }
    public int DeniedRight { get; init; }

    public double Precision => Extracted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Extracted;
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Share(int right) => Matched == 0 ? 0 : (double)right / Matched;

    public static Score operator +(Score a, Score b) => new()
    {
        Gold = a.Gold + b.Gold,
        Extracted = a.Extracted + b.Extracted,
        Matched = a.Matched + b.Matched,
        SourceRight = a.SourceRight + b.SourceRight,
        ClaimDateRight = a.ClaimDateRight + b.ClaimDateRight,
        KindRight = a.KindRight + b.KindRight,
        RegionsRight = a.RegionsRight + b.RegionsRight,
        DeniedRight = a.DeniedRight + b.DeniedRight,
    };

    /// <summary>The score as a Markdown table, one row per measure.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("| measure | value |");
        sb.AppendLine("|---|---|");
        Row(sb, "gold claims", Gold.ToString(CultureInfo.InvariantCulture));
        Row(sb, "extracted claims", Extracted.ToString(CultureInfo.InvariantCulture));
        Row(sb, "matched by figure", Matched.ToString(CultureInfo.InvariantCulture));
        Row(sb, "figure precision", Precision.ToString("0.000", CultureInfo.InvariantCulture));
        Row(sb, "figure recall", Recall.ToString("0.000", CultureInfo.InvariantCulture));
        Row(sb, "figure F1", F1.ToString("0.000", CultureInfo.InvariantCulture));
        Row(sb, "source right", Fraction(SourceRight));
        Row(sb, "claim date right", Fraction(ClaimDateRight));
        Row(sb, "kind right", Fraction(KindRight));
        Row(sb, "regions right", Fraction(RegionsRight));
        Row(sb, "denied right", Fraction(DeniedRight));
        return sb.ToString();
    }

    private string Fraction(int right) =>
        string.Create(CultureInfo.InvariantCulture, $"{right}/{Matched} ({Share(right):P0})");

    private static void Row(StringBuilder sb, string measure, string value) => sb.Append("| ").Append(measure).Append(" | ").Append(value).AppendLine(" |");
}
