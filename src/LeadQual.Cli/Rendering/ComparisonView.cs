using System.Globalization;
using LeadQual.Evaluation.Statistics;
using LeadQual.Evaluation.Comparison;
using Spectre.Console;

namespace LeadQual.Cli.Rendering;

/// <summary><c>leadqual compare</c> as tables: the differences with their verdicts, McNemar's test, changed ratings, flipped decisions.</summary>
public static class ComparisonView
{
    private const int MaxRows = 15;

    public static void Render(IAnsiConsole console, RunComparison comparison)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("compare: B − A");
        table.Caption($"A {Markup.Escape(comparison.A.Source)}: {Markup.Escape(comparison.A.ProducedBy)}\nB {Markup.Escape(comparison.B.Source)}: {Markup.Escape(comparison.B.ProducedBy)}\n{Markup.Escape(comparison.Method)}");
        table.AddColumn("metric");
        table.AddColumn(new TableColumn("units").RightAligned());
        table.AddColumn(new TableColumn("A").RightAligned());
        table.AddColumn(new TableColumn("B").RightAligned());
        table.AddColumn(new TableColumn("B − A").RightAligned());
        table.AddColumn(new TableColumn("95 % interval").RightAligned());
        table.AddColumn("verdict");
        foreach (var m in comparison.Metrics)
        {
            table.AddRow(
                Markup.Escape(m.Path),
                $"{m.SharedUnits} {m.Unit}s",
                ComparisonMarkdown.Figure(m.A),
                ComparisonMarkdown.Figure(m.B),
                ComparisonMarkdown.Signed(m.Difference),
                Markup.Escape(m.Interval?.ToString() ?? "n/a"),
                m.Verdict switch
                {
                    ComparisonVerdicts.Worse => "[red]worse[/]",
                    ComparisonVerdicts.Better => "[green]better[/]",
                    _ => Markup.Escape(m.Verdict),
                });
        }

        console.Write(table);
        var mc = comparison.McNemar;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"McNemar (exact) on {mc.N} decisions both runs made: right only in A {mc.OnlyA}, right only in B {mc.OnlyB}, p = {McNemarTest.Format(mc.PValue)}"));
        console.MarkupLine($"{comparison.RatingChanges.Count} pair(s) changed rating; {comparison.Flips.Count} decision(s) flipped");
        if (comparison.RatingChanges.Count > 0)
        {
            var ratings = new Table().Border(TableBorder.Simple).Title("ratings that changed");
            ratings.AddColumns("pair", "gold", "A", "B");
            foreach (var change in comparison.RatingChanges.Take(MaxRows))
            {
                ratings.AddRow(Markup.Escape(change.Pair), change.Gold, change.A ?? "failed", change.B ?? "failed");
            }

            console.Write(ratings);
        }

        if (comparison.Flips.Count > 0)
        {
            var flips = new Table().Border(TableBorder.Simple).Title($"decisions that flipped{(comparison.Flips.Count > MaxRows ? $" (first {MaxRows})" : string.Empty)}");
            flips.AddColumns("pair", "requirement", "gold", "A", "B", "reasoning A", "reasoning B");
            foreach (var flip in comparison.Flips.Take(MaxRows))
            {
                flips.AddRow(Markup.Escape(flip.Pair), Markup.Escape($"{flip.RequirementId}: {flip.Requirement}"), Match(flip.Gold), Match(flip.A), Match(flip.B), Markup.Escape(flip.ReasoningA), Markup.Escape(flip.ReasoningB));
            }

            console.Write(flips);
        }
    }

    private static string Match(bool match) => match ? "match" : "no match";
}
