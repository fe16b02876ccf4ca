using LeadQual.Evaluation.Charts;
using LeadQual.Notebooks.Tests.Support;

namespace LeadQual.Notebooks.Tests.Execution;

/// <summary><c>leadqual notebooks run</c>'s runner: cells submitted in order to .NET Interactive's C# kernel, in process, written back as outputs.</summary>
public sealed class NotebookRunnerTests
{
    [Fact]
    public async Task RunAsync_TrailingExpression_BecomesTheCellsResult()
    {
        using var notebook = new TempNotebook("var x = 20;", "x * 2 + 2");
        var (run, executed) = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        Assert.Empty(executed.OfCodeCell(1));
        var result = Assert.Single(executed.OfCodeCell(2));
        Assert.Equal("execute_result", result.Type());
        Assert.Equal(2, result["execution_count"]!.GetValue<int>());
        // As in the dotnet-interactive kernel: a value other than a string is shown as HTML.
        Assert.Contains(">42<", result["data"]!["text/html"].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ConsoleAndDisplay_KeepTheirOrder()
    {
        using var notebook = new TempNotebook("Console.WriteLine(\"before\");\ndisplay(\"shown\");\nConsole.WriteLine(\"after\");");
        var (_, executed) = await notebook.RunAsync();

        var outputs = executed.OfCodeCell(1);
        Assert.Equal(["stream", "display_data", "stream"], outputs.Select(o => o.Type()));
        Assert.Equal("before\n", outputs[0]["text"].Text());
        Assert.Equal("shown", outputs[1]["data"]!["text/plain"].Text());
        Assert.Equal("after\n", outputs[2]["text"].Text());
    }

    [Fact]
    public async Task RunAsync_StateAndTopLevelAwait_CarryAcrossCells()
    {
        using var notebook = new TempNotebook("var text = await Task.FromResult(\"hello\");", "static string Shout(string s) => s.ToUpperInvariant() + \"!\";", "Shout(text)");
        var (run, executed) = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        Assert.Contains("HELLO!", Assert.Single(executed.OfCodeCell(3))["data"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RelativePaths_AreTheNotebooksFolder()
    {
        using var notebook = new TempNotebook("System.IO.File.ReadAllText(\"data.txt\")");
        await File.WriteAllTextAsync(Path.Combine(notebook.Folder, "data.txt"), "beside the notebook");
        var before = Environment.CurrentDirectory;

        var (run, executed) = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        Assert.Contains("beside the notebook", Assert.Single(executed.OfCodeCell(1))["data"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(before, Environment.CurrentDirectory);
    }

    [Fact]
    public async Task RunAsync_CompileError_IsAnErrorOutputNamingTheCellAndStopsTheRun()
    {
        using var notebook = new TempNotebook("var ok = 1;", "var broken = undefinedName;", "Console.WriteLine(\"never\");");
        var (run, executed) = await notebook.RunAsync();

        Assert.False(run.Succeeded);
        Assert.Equal(2, run.CellsRun);
        Assert.Contains("cell 3 (id code-2)", run.Failure, StringComparison.Ordinal);
        Assert.Contains("undefinedName", run.Failure, StringComparison.Ordinal);
        Assert.Equal("error", Assert.Single(executed.OfCodeCell(2)).Type());
        Assert.Empty(executed.OfCodeCell(3));
        Assert.Null(executed.CodeCells[2]["execution_count"]);
    }

    [Fact]
    public async Task RunAsync_Exception_IsAnErrorOutputAfterTheCellsEarlierOutput()
    {
        using var notebook = new TempNotebook("Console.WriteLine(\"partial\");\nthrow new InvalidOperationException(\"boom\");");
        var (run, executed) = await notebook.RunAsync();

        Assert.False(run.Succeeded);
        Assert.Equal(["stream", "error"], executed.OfCodeCell(1).Select(o => o.Type()));
        Assert.Equal("InvalidOperationException", executed.OfCodeCell(1)[1]["ename"].Text());
        Assert.Equal("cell 2 (id code-1): InvalidOperationException: boom", executed.OfCodeCell(1)[1]["evalue"].Text());
    }

    [Fact]
    public async Task RunAsync_MissingAssembly_IsAnErrorOutputNamingTheCell()
    {
        using var notebook = new TempNotebook("#r \"../nowhere/Missing.Library.dll\"");
        var (run, _) = await notebook.RunAsync();

        Assert.False(run.Succeeded);
        Assert.StartsWith("cell 2 (id code-1): ", run.Failure, StringComparison.Ordinal);
        Assert.Contains("Missing.Library.dll", run.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ChartFromTheKernelExtension_IsSelfContainedPlotlyHtmlAndItsTitle()
    {
        using var notebook = new TempNotebook(
            $"#r \"{Path.Combine(Repository.NotebookBin, "LeadQual.Evaluation.dll")}\"\n#r \"{Path.Combine(Repository.NotebookBin, "LeadQual.Interactive.dll")}\"",
            "LeadQual.Interactive.Formatting.LeadQualFormatters.Register();",
            "display(LeadQual.Evaluation.Charts.PromptCharts.Compare(new[] { new LeadQual.Evaluation.Prompts.PromptTrial(\"v1\", \"aaaa\", \"dry run\", \"openai/gpt-oss-120b\", 4, 1000, 300, 0.01m, null, null, null, null, null) }));");
        var (run, executed) = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        Assert.Equal(1, run.Charts);
        var data = Assert.Single(executed.OfCodeCell(3))["data"]!;
        Assert.Equal("bar", ExecutedNotebook.Figure(executed.OfCodeCell(3)[0])["data"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("Plotly chart: Prompt versions, dry run on 4 pairs (no model called; priced as openai/gpt-oss-120b)", data["text/plain"].Text());
        var html = data["text/html"].Text();
        Assert.Contains($"plotly.js v{PlotlyScript.Version}", html, StringComparison.Ordinal);
        // Classic Jupyter has require.js: plotly.js must not register as an AMD module there instead of window.Plotly.
        Assert.Contains("(function (define, module, exports) {", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NotANotebook_IsAnErrorNamingTheFile()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("leadqual-nb-").FullName, "broken.ipynb");
        await File.WriteAllTextAsync(file, "{ not json");

        var error = await Assert.ThrowsAsync<NotebookException>(() => new Notebooks.Execution.NotebookRunner().RunAsync(file));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }
}
