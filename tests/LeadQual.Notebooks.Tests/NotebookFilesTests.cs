using System.Text.Json.Nodes;
using LeadQual.Engines.Offline;
using LeadQual.Notebooks.Display;
using LeadQual.Notebooks.Execution;
using LeadQual.Notebooks.Format;
using LeadQual.Notebooks.Tests.Support;

namespace LeadQual.Notebooks.Tests;

/// <summary>Every notebook under notebooks/ runs headless on the offline engine and shows its charts and tables.</summary>
public sealed class NotebookFilesTests
{
    /// <summary>How a chart names the offline engine and its model.</summary>
    private static readonly string Offline = $"offline · offline/{OfflineEngine.Version}";

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Notebooks, "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_RunsHeadless_EveryCellSucceedsWithChartsAndTables(string name)
    {
        var run = await new NotebookRunner().RunAsync(Path.Combine(Repository.Notebooks, name));

        Assert.True(run.Succeeded, run.Failure);
        Assert.Equal(run.CodeCells, run.CellsRun);
        Assert.True(run.Charts >= 1, $"{name} shows no chart");
        Assert.True(run.Tables >= 1, $"{name} shows no table");
        Assert.DoesNotContain(run.Outputs, o => o["output_type"]!.GetValue<string>() == "error");
        var chart = run.Outputs.First(o => o["data"] is JsonObject d && d.ContainsKey(MimeTypes.Plotly))["data"]!;
        Assert.NotEmpty(chart[MimeTypes.Plotly]!["data"]!.AsArray());
        Assert.Empty(NotebookValidator.Validate(run.Document.Root));
        // Every chart says what produced its figures: the offline engine and its model, or (a dry run) that no model was called.
        var titles = ChartTitles(run);
        Assert.All(titles, t => Assert.True(t.Contains(Offline, StringComparison.Ordinal) || t.Contains("no model called", StringComparison.Ordinal), $"{name}: '{t}' names neither engine and model nor a dry run"));
    }

    [Fact]
    public async Task AccuracyNotebook_RunsHeadless_ShowsTheReportsCharts()
    {
        var run = await new NotebookRunner().RunAsync(Path.Combine(Repository.Notebooks, "03-accuracy-report.ipynb"));

        var titles = ChartTitles(run);
        var pairs = Directory.GetFiles(Path.Combine(Repository.Root, "eval-data", "gold", "pairs"), "*.json").Length;
        Assert.True(run.Succeeded, run.Failure);
        Assert.Collection(titles,
            t => Assert.Equal($"Plotly chart: Match decisions (step 3.1) · {Offline} · offline-rules/{OfflineEngine.Version}", t),
            t => Assert.StartsWith("Plotly chart: Reliability diagram, ", t, StringComparison.Ordinal),
            t => Assert.StartsWith($"Plotly chart: Rating confusion (end to end), {pairs} pairs", t, StringComparison.Ordinal),
            t => Assert.StartsWith("Plotly chart: Calls, tokens and cost per step and prompt version", t, StringComparison.Ordinal),
            t => Assert.StartsWith("Plotly chart: Inferred-skill reliability, ", t, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_AsCommitted_HasNoOutputsAndThePolyglotMetadata(string name)
    {
        var document = await NotebookDocument.LoadAsync(Path.Combine(Repository.Notebooks, name));

        Assert.Empty(NotebookValidator.Validate(document.Root));
        Assert.Equal(".net-csharp", document.Root["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", document.Root["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        var code = document.Cells.Where(c => NotebookDocument.CellType(c) == "code").ToList();
        Assert.All(code, c => Assert.Empty(c["outputs"]!.AsArray()));
        Assert.All(code, c => Assert.Null(c["execution_count"]));
        Assert.All(code, c => Assert.Equal("csharp", c["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>()));
        var first = NotebookDocument.Source(code[0]);
        Assert.Contains("#r \"nuget: Plotly.NET, 6.0.0\"", first, StringComparison.Ordinal);
        Assert.Contains("#r \"../artifacts/bin/LeadQual.Core/debug/LeadQual.Core.dll\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecutedNotebook_ValidatesWithPythonNbformat_WhenInstalled()
    {
        if (!PythonNbformat.Available)
        {
            return; // .ci/setup-notebooks installs python3-nbformat; NotebookValidator covers the schema without it.
        }

        var run = await new NotebookRunner().RunAsync(Path.Combine(Repository.Notebooks, "01-quickstart.ipynb"));
        var file = Path.Combine(Directory.CreateTempSubdirectory("leadqual-nb-").FullName, "01-quickstart.ipynb");
        await run.Document.SaveAsync(file);

        Assert.Null(PythonNbformat.Validate(file));
    }

    /// <summary>The text a reader gets for each chart output: "Plotly chart: " and the chart's title.</summary>
    private static List<string> ChartTitles(NotebookRun run) =>
        run.Outputs.Where(o => o["data"] is JsonObject d && d.ContainsKey(MimeTypes.Plotly)).Select(o => o["data"]![MimeTypes.Plain].Text()).ToList();
}
