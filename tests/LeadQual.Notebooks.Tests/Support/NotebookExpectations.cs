using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Charts;

namespace LeadQual.Notebooks.Tests.Support;

/// <summary>What every executed notebook shows a reader, whichever way it ran: no error, every cell run, its charts drawn and its tables captioned with what produced them.</summary>
internal static class NotebookExpectations
{
    /// <summary>How charts and tables name the offline engine and its model.</summary>
    public static readonly string Offline = $"offline · offline/{OfflineEngine.Version}";

    public static void RanCleanly(ExecutedNotebook notebook, string name)
    {
        Assert.True(notebook.Errors.Count == 0, $"{name}: {string.Join("\n", notebook.Errors.Select(e => e["evalue"].Text()))}");
        Assert.All(notebook.CodeCells, c => Assert.True(c["execution_count"] is not null, $"{name}: a cell did not run: {ExecutedNotebook.Source(c)}"));

        // Every cell that draws a chart shows one: HTML that draws the figure with the plotly.js it carries.
        var chartCells = notebook.CodeCells.Where(c => ExecutedNotebook.Source(c).Contains("Charts.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(chartCells);
        foreach (var cell in chartCells)
        {
            var chart = Assert.Single(ExecutedNotebook.Outputs(cell), ExecutedNotebook.IsChart);
            Assert.NotEmpty(ExecutedNotebook.Figure(chart)["data"]!.AsArray());
            var html = chart["data"]!["text/html"].Text();
            Assert.Contains($"plotly.js v{PlotlyScript.Version}", html, StringComparison.Ordinal);
            Assert.Contains("Plotly.newPlot(", html, StringComparison.Ordinal);
        }

        Assert.All(notebook.ChartTitles, t => Assert.True(t.Contains(Offline, StringComparison.Ordinal) || t.Contains("no model called", StringComparison.Ordinal), $"{name}: chart '{t}' names neither engine and model nor a dry run"));
        Assert.Contains(notebook.TableCaptions, c => c.Contains(Offline, StringComparison.Ordinal) || c.Contains("no model called", StringComparison.Ordinal));
    }
}
