using System.Globalization;
using LeadQual.Evaluation.Baseline;
using Spectre.Console;

namespace LeadQual.Cli.Rendering;

/// <summary>The regression gate's table: every gated metric, regressions first.</summary>
public static class BaselineView
{
    public static void Render(IAnsiConsole console, IReadOnlyList<MetricCheck> checks)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("baseline gate");
        table.AddColumn("metric");
        table.AddColumn(new TableColumn("baseline").RightAligned());
        table.AddColumn(new TableColumn("current").RightAligned());
        table.AddColumn(new TableColumn("tolerance").RightAligned());
        table.AddColumn("verdict");
        foreach (var check in checks.OrderByDescending(c => c.Regressed))
        {
            table.AddRow(
                Markup.Escape(check.Path),
                check.Baseline.ToString("0.000", CultureInfo.InvariantCulture),
                check.Current is { } c ? c.ToString("0.000", CultureInfo.InvariantCulture) : "missing",
                (check.HigherIsBetter ? "-" : "+") + check.Tolerance.ToString("0.000", CultureInfo.InvariantCulture),
                check.Regressed ? "[red]regressed[/]" : "[green]ok[/]");
        }

        console.Write(table);
    }
}
