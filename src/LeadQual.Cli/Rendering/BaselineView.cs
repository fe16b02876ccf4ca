using System.Globalization;
using LeadQual.Evaluation.Baseline;
using Spectre.Console;

namespace LeadQual.Cli.Rendering;

/// <summary>The regression gate's table: every gated metric with the paired interval of its difference, regressions first.</summary>
public static class BaselineView
{
    public static void Render(IAnsiConsole console, IReadOnlyList<MetricCheck> checks, BaselineFile baseline)
    {
        var paired = checks.Any(c => c.Difference is not null);
        var table = new Table().Border(TableBorder.Rounded).Title($"baseline gate · baseline {Markup.Escape(baseline.Engine)} · {Markup.Escape(baseline.Model)}");
        table.Caption(paired
            ? "a metric fails only when the paired 95 % interval of current − baseline lies wholly past its tolerance, or a hard floor is crossed"
            : "the baseline has no per-unit results: value ± tolerance");
        table.AddColumn("metric");
        table.AddColumn(new TableColumn("baseline").RightAligned());
        table.AddColumn(new TableColumn("current").RightAligned());
        table.AddColumn(new TableColumn("difference (95 % interval)").RightAligned());
        table.AddColumn(new TableColumn("tolerance").RightAligned());
        table.AddColumn("verdict");
        foreach (var check in checks.OrderByDescending(c => c.Regressed))
        {
            table.AddRow(
                Markup.Escape(check.Path),
                check.Baseline.ToString("0.000", CultureInfo.InvariantCulture),
                check.Current is { } c ? c.ToString("0.000", CultureInfo.InvariantCulture) : "missing",
                Markup.Escape(Difference(check)),
                (check.HigherIsBetter ? "-" : "+") + check.Tolerance.ToString("0.000", CultureInfo.InvariantCulture),
                check.Verdict switch
                {
                    Verdicts.Regressed => "[red]regressed[/]",
                    Verdicts.Improved => "[green]improved[/]",
                    _ => "within noise",
                });
        }

        console.Write(table);
    }

    private static string Difference(MetricCheck check)
    {
        var point = check.Current is { } c ? (c - check.Baseline).ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "n/a";
        return check.Difference is { } interval ? $"{point} {interval}" : point;
    }
}
