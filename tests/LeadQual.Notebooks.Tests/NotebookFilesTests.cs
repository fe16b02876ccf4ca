using System.Text.Json.Nodes;
using LeadQual.Engines.Offline;
using LeadQual.Notebooks.Execution;
using LeadQual.Notebooks.Tests.Support;

namespace LeadQual.Notebooks.Tests;

/// <summary>
/// Every notebook under notebooks/ runs top to bottom on the offline engine in .NET Interactive's C# kernel:
/// in Jupyter's own kernel process through nbconvert, and in process through <c>leadqual notebooks run</c>.
/// </summary>
public sealed class NotebookFilesTests
{
    public static TheoryData<string> Notebooks() => Repository.NotebookNames();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_InJupytersKernelThroughNbconvert_EveryCellRunsWithChartsAndCaptionedTables(string name)
    {
        // The prompt notebook registers an edit: a fresh registry, so it is the edit of the shipped version.
        var db = Path.Combine(Directory.CreateTempSubdirectory("leadqual-nbdb-").FullName, "leadqual.db");

        var executed = Jupyter.Execute(Path.Combine(Repository.Notebooks, name), new Dictionary<string, string> { ["LEADQUAL_DB"] = db });

        NotebookExpectations.RanCleanly(executed, name);
        Assert.Null(Jupyter.Validate(executed.Path));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_InTheInProcessKernel_EveryCellRunsWithChartsAndCaptionedTables(string name)
    {
        var run = await new NotebookRunner().RunAsync(Path.Combine(Repository.Notebooks, name));

        Assert.True(run.Succeeded, run.Failure);
        Assert.Equal(run.CodeCells, run.CellsRun);
        var executed = await ExecutedNotebook.SaveAsync(run);
        NotebookExpectations.RanCleanly(executed, name);
        Assert.Equal(executed.Charts.Count, run.Charts);
        Assert.Null(Jupyter.Validate(executed.Path));
    }

    [Fact]
    public async Task AccuracyNotebook_InTheInProcessKernel_ShowsTheReportsChartsAndTheMetricsTable()
    {
        var run = await new NotebookRunner().RunAsync(Path.Combine(Repository.Notebooks, "03-accuracy-report.ipynb"));

        var executed = await ExecutedNotebook.SaveAsync(run);
        var pairs = Directory.GetFiles(Path.Combine(Repository.Root, "eval-data", "gold", "pairs"), "*.json").Length;
        Assert.True(run.Succeeded, run.Failure);
        Assert.Collection(executed.ChartTitles,
            t => Assert.Equal($"Match decisions (step 3.1) · {NotebookExpectations.Offline} · offline-rules/{OfflineEngine.Version}", t),
            t => Assert.StartsWith("Reliability diagram, ", t, StringComparison.Ordinal),
            t => Assert.StartsWith($"Rating confusion (end to end), {pairs} pairs", t, StringComparison.Ordinal),
            t => Assert.StartsWith("Calls, tokens and cost per step and prompt version", t, StringComparison.Ordinal),
            t => Assert.StartsWith("Inferred-skill reliability, ", t, StringComparison.Ordinal));
        Assert.Contains($"Evaluation metrics · {NotebookExpectations.Offline} · offline-rules/{OfflineEngine.Version}", executed.TableCaptions);
    }

    [Fact]
    public async Task ExecutedNotebook_OpenedAsAJupyterPageWithRequireJs_DrawsItsChartWithTheInlinedPlotly()
    {
        var run = await new NotebookRunner().RunAsync(Path.Combine(Repository.Notebooks, "04-candidate-profile.ipynb"));
        var page = Jupyter.ToClassicHtml((await ExecutedNotebook.SaveAsync(run)).Path);
        using var chromium = new LeadQual.Evaluation.Tests.Support.HeadlessChromium();

        var dom = await chromium.DumpDomAsync(page);

        Assert.Contains("require.min.js", await File.ReadAllTextAsync(page), StringComparison.Ordinal);
        var figure = dom[dom.IndexOf("class=\"plotly-figure", StringComparison.Ordinal)..];
        Assert.Contains("main-svg", figure[..Math.Min(figure.Length, 200_000)], StringComparison.Ordinal);
        Assert.Contains("Skill confidence · resume-maya-chen", dom, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_AsCommitted_HasNoOutputsThePolyglotMetadataAndReferencesTheNotebookBin(string name)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Notebooks, name)))!.AsObject();

        Assert.Equal(".net-csharp", notebook["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
        Assert.Equal("csharp", notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]!.GetValue<string>());
        var code = notebook["cells"]!.AsArray().OfType<JsonObject>().Where(c => c["cell_type"]!.GetValue<string>() == "code").ToList();
        Assert.All(code, c => Assert.Empty(c["outputs"]!.AsArray()));
        Assert.All(code, c => Assert.Null(c["execution_count"]));
        Assert.All(code, c => Assert.Equal("csharp", c["metadata"]!["polyglot_notebook"]!["kernelName"]!.GetValue<string>()));
        var first = ExecutedNotebook.Source(code[0]);
        foreach (var dll in new[] { "LeadQual.Core", "LeadQual.Evaluation", "LeadQual.Interactive" })
        {
            Assert.Contains($"#r \"../artifacts/notebook-bin/{dll}.dll\"", first, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(Repository.NotebookBin, dll + ".dll")), $"the build did not copy {dll}.dll into artifacts/notebook-bin");
        }

        // Plotly.NET's F# code cannot load in the kernel (FSharp.Core 10.0 there, 10.1 needed): no notebook asks for it.
        Assert.DoesNotContain(code, c => ExecutedNotebook.Source(c).Contains("nuget: Plotly.NET", StringComparison.Ordinal));
    }
}
