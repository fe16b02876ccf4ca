using System.Globalization;
using LeadQual.Evaluation.Repeats;
using Spectre.Console;

namespace LeadQual.Cli.Rendering;

/// <summary>What <c>eval --repeat N</c> found: mean and spread of every figure, decision flips, unstable ratings.</summary>
public static class RepeatView
{
    public static void Render(IAnsiConsole console, RepeatSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{summary.Repeats} repeats · engine {Markup.Escape(summary.Engine)} · model {Markup.Escape(summary.Model)} · prompts {Markup.Escape(summary.PromptVersion)}");
        table.AddColumn("metric");
        table.AddColumn(new TableColumn("mean").RightAligned());
        table.AddColumn(new TableColumn("sd").RightAligned());
        table.AddColumn(new TableColumn("min – max").RightAligned());
        foreach (var metric in summary.Metrics.Where(m => m.Runs > 0))
        {
            table.AddRow(Markup.Escape(metric.Path), F(metric.Mean), F(metric.StandardDeviation), $"{F(metric.Min)} – {F(metric.Max)}");
        }

        table.Caption(string.Create(CultureInfo.InvariantCulture,
            $"decisions flipped between repeats: {summary.FlippedDecisions} of {summary.Decisions} ({F(summary.FlipRate)}); pairs with an unstable rating: {summary.UnstablePairs.Count}"));
        console.Write(table);
        foreach (var pair in summary.UnstablePairs.Take(10))
        {
            console.MarkupLine($"  unstable: {Markup.Escape(pair.Pair)} gold {Markup.Escape(pair.Gold)}, repeats {Markup.Escape(string.Join(" / ", pair.Ratings.Select(r => r ?? "failed")))}");
        }
    }

    private static string F(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
