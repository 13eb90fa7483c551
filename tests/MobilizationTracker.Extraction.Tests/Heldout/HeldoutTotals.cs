using System.Globalization;
using System.Text;

namespace MobilizationTracker.Extraction.Tests.Heldout;

/// <summary>The held-out set's totals: figure precision, recall and F1, and field accuracy over matched claims.</summary>
internal sealed record HeldoutTotals(IReadOnlyList<HeldoutArticleScore> Articles)
{
    public int Gold => Articles.Sum(a => a.Gold);
    public int Extracted => Articles.Sum(a => a.Extracted);
    public int Matched => Articles.Sum(a => a.Matched);

    public double Precision => Extracted == 0 ? 0 : (double)Matched / Extracted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Source => Share(a => a.SourceRight);
    public double ClaimDate => Share(a => a.ClaimDateRight);
    public double Kind => Share(a => a.KindRight);
    public double Regions => Share(a => a.RegionsRight);
    public double Denied => Share(a => a.DeniedRight);
    public double Qualifier => Share(a => a.QualifierRight);

    /// <summary>The table the test prints and docs/heldout-evaluation.md records.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"Held-out set: {Articles.Count} articles, {Gold} gold claims, {Extracted} extracted, {Matched} matched"));
        text.AppendLine("| measure | value |");
        text.AppendLine("|---|---|");
        Row(text, "figure precision", Precision);
        Row(text, "figure recall", Recall);
        Row(text, "figure F1", F1);
        Row(text, "source (of matched)", Source);
        Row(text, "claim date (of matched)", ClaimDate);
        Row(text, "kind (of matched)", Kind);
        Row(text, "regions (of matched)", Regions);
        Row(text, "denied (of matched)", Denied);
        Row(text, "qualifier (of matched)", Qualifier);
        text.AppendLine(Invariant($"| language right | {Articles.Count(a => a.LanguageRight)}/{Articles.Count} |"));
        text.AppendLine(Invariant($"| article regions right | {Articles.Count(a => a.ArticleRegionsRight)}/{Articles.Count} |"));
        text.AppendLine();
        text.AppendLine("| article | gold | extracted | matched |");
        text.AppendLine("|---|---|---|---|");
        foreach (var a in Articles)
        {
            text.AppendLine(Invariant($"| {a.File} | {a.Gold} | {a.Extracted} | {a.Matched} |"));
        }

        text.AppendLine();
        foreach (var a in Articles.Where(a => a.Misses.Count + a.Extras.Count + a.FieldErrors.Count > 0 || a.Rejection is not null))
        {
            text.AppendLine(a.File);
            if (a.Rejection is not null)
            {
                text.AppendLine($"  rejected: {a.Rejection}");
            }

            Lines(text, "miss", a.Misses);
            Lines(text, "extra", a.Extras);
            Lines(text, "field", a.FieldErrors);
        }

        return text.ToString();
    }

    private double Share(Func<HeldoutArticleScore, int> right) =>
        Matched == 0 ? 0 : (double)Articles.Sum(right) / Matched;

    private static void Row(StringBuilder text, string name, double value) =>
        text.AppendLine(Invariant($"| {name} | {value:0.000} |"));

    private static void Lines(StringBuilder text, string tag, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            text.AppendLine($"  {tag}: {line}");
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
