using System.Globalization;
using LeadQual.Evaluation.Statistics;
using System.Text;

namespace LeadQual.Evaluation.Comparison;

/// <summary>A comparison as GitHub markdown (<c>leadqual compare --format md</c>, PR comments), headed by what produced each run.</summary>
public static class ComparisonMarkdown
{
    public static string Write(RunComparison comparison, int maxRows = 20)
    {
        var text = new StringBuilder();
        text.AppendLine($"### Comparison: B − A");
        text.AppendLine();
        text.AppendLine($"- **A** `{comparison.A.Source}`: {comparison.A.ProducedBy}");
        text.AppendLine($"- **B** `{comparison.B.Source}`: {comparison.B.ProducedBy}");
        text.AppendLine($"- {comparison.Method}");
        text.AppendLine();
        text.AppendLine("| metric | units | A | B | B − A | 95 % interval | verdict |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | --- | --- |");
        foreach (var m in comparison.Metrics)
        {
            text.AppendLine($"| {m.Path} | {m.SharedUnits} {m.Unit}s | {Figure(m.A)} | {Figure(m.B)} | {Signed(m.Difference)} | {m.Interval?.ToString() ?? "n/a"} | {Verdict(m.Verdict)} |");
        }

        var mc = comparison.McNemar;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"McNemar (exact) on {mc.N} decisions both runs made: right only in A {mc.OnlyA}, right only in B {mc.OnlyB}, p = {McNemarTest.Format(mc.PValue)}.");
        text.AppendLine();
        text.AppendLine($"**{comparison.RatingChanges.Count} pair(s) changed rating**{(comparison.RatingChanges.Count > maxRows ? $" (first {maxRows})" : string.Empty)}");
        if (comparison.RatingChanges.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| pair | gold | A | B |");
            text.AppendLine("| --- | --- | --- | --- |");
            foreach (var change in comparison.RatingChanges.Take(maxRows))
            {
                text.AppendLine($"| {change.Pair} | {change.Gold} | {change.A ?? "failed"} | {change.B ?? "failed"} |");
            }
        }

        text.AppendLine();
        text.AppendLine($"**{comparison.Flips.Count} decision(s) flipped**{(comparison.Flips.Count > maxRows ? $" (first {maxRows})" : string.Empty)}");
        if (comparison.Flips.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| pair | requirement | gold | A | B | reasoning A | reasoning B |");
            text.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
            foreach (var flip in comparison.Flips.Take(maxRows))
            {
                text.AppendLine($"| {flip.Pair} | {Cell(flip.Requirement)} | {Match(flip.Gold)} | {Match(flip.A)} | {Match(flip.B)} | {Cell(flip.ReasoningA)} | {Cell(flip.ReasoningB)} |");
            }
        }

        return text.ToString();
    }

    private static string Verdict(string verdict) => verdict switch
    {
        ComparisonVerdicts.Worse => "**worse**",
        ComparisonVerdicts.Better => "**better**",
        _ => verdict,
    };

    private static string Match(bool match) => match ? "match" : "no match";

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A figure as the comparison prints it: three decimals, "n/a" when undefined.</summary>
    public static string Figure(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>A difference with its sign.</summary>
    public static string Signed(double? value) => value is { } v ? v.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "n/a";
}
