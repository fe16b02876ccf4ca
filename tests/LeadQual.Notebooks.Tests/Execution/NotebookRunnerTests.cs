using LeadQual.Notebooks.Display;
using LeadQual.Notebooks.Format;
using LeadQual.Notebooks.Tests.Support;

namespace LeadQual.Notebooks.Tests.Execution;

public sealed class NotebookRunnerTests
{
    [Fact]
    public async Task RunAsync_TrailingExpression_BecomesTheCellsResult()
    {
        using var notebook = new TempNotebook("var x = 20;", "x * 2 + 2");
        var run = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        Assert.Empty(run.OfCodeCell(1));
        var result = Assert.Single(run.OfCodeCell(2));
        Assert.Equal("execute_result", result.Type());
        Assert.Equal(2, result["execution_count"]!.GetValue<int>());
        Assert.Equal("42", result["data"]![MimeTypes.Plain].Text());
    }

    [Fact]
    public async Task RunAsync_StatementWithSemicolon_HasNoResult()
    {
        using var notebook = new TempNotebook("var x = -1;\nMath.Abs(x);");
        var run = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        Assert.Empty(run.OfCodeCell(1));
    }

    [Fact]
    public async Task RunAsync_ConsoleAndDisplay_KeepTheirOrder()
    {
        using var notebook = new TempNotebook("Console.WriteLine(\"before\");\ndisplay(\"shown\");\nConsole.WriteLine(\"after\");");
        var run = await notebook.RunAsync();

        var outputs = run.OfCodeCell(1);
        Assert.Equal(["stream", "display_data", "stream"], outputs.Select(o => o.Type()));
        Assert.Equal("before\n", outputs[0]["text"].Text());
        Assert.Equal("shown", outputs[1]["data"]![MimeTypes.Plain].Text());
        Assert.Equal("after\n", outputs[2]["text"].Text());
    }

    [Fact]
    public async Task RunAsync_SequenceOfRecords_IsAnHtmlAndTextTable()
    {
        using var notebook = new TempNotebook("record Skill(string Name, double Confidence);", "new[] { new Skill(\"SQL <b>\", 0.95), new Skill(\"Python\", 0.8) }");
        var run = await notebook.RunAsync();

        var data = Assert.Single(run.OfCodeCell(2))["data"]!;
        var html = data[MimeTypes.Html].Text();
        Assert.Contains("<th>Name</th><th>Confidence</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>SQL &lt;b&gt;</td><td>0.95</td>", html, StringComparison.Ordinal);
        Assert.Contains("Python   0.8", data[MimeTypes.Plain].Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StateAndTopLevelAwait_CarryAcrossCells()
    {
        using var notebook = new TempNotebook("var text = await Task.FromResult(\"hello\");", "static string Shout(string s) => s.ToUpperInvariant() + \"!\";", "Shout(text)");
        var run = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        Assert.Equal("HELLO!", run.OfCodeCell(3)[0]["data"]![MimeTypes.Plain].Text());
    }

    [Fact]
    public async Task RunAsync_RelativePaths_AreTheNotebooksFolder()
    {
        using var notebook = new TempNotebook("System.IO.File.ReadAllText(\"data.txt\")");
        await File.WriteAllTextAsync(Path.Combine(notebook.Folder, "data.txt"), "next to the notebook");
        var before = Environment.CurrentDirectory;

        var run = await notebook.RunAsync();

        Assert.Equal("next to the notebook", run.OfCodeCell(1)[0]["data"]![MimeTypes.Plain].Text());
        Assert.Equal(before, Environment.CurrentDirectory);
    }

    [Fact]
    public async Task RunAsync_CompileError_IsAnErrorOutputNamingTheCellAndStopsTheRun()
    {
        using var notebook = new TempNotebook("var ok = 1;", "var broken = undefinedName;", "Console.WriteLine(\"never\");");
        var run = await notebook.RunAsync();

        Assert.False(run.Succeeded);
        Assert.Equal(2, run.CellsRun);
        var error = Assert.Single(run.OfCodeCell(2));
        Assert.Equal("error", error.Type());
        Assert.Contains("cell 3 (id code-2)", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("CS0103", error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(run.OfCodeCell(3));
        Assert.Empty(NotebookValidator.Validate(run.Document.Root));
    }

    [Fact]
    public async Task RunAsync_Exception_IsAnErrorOutputAfterTheCellsEarlierOutput()
    {
        using var notebook = new TempNotebook("Console.WriteLine(\"partial\");\nthrow new InvalidOperationException(\"boom\");");
        var run = await notebook.RunAsync();

        Assert.False(run.Succeeded);
        Assert.Contains("boom", run.Failure, StringComparison.Ordinal);
        var outputs = run.OfCodeCell(1);
        Assert.Equal(["stream", "error"], outputs.Select(o => o.Type()));
        Assert.Equal("InvalidOperationException", outputs[1]["ename"]!.GetValue<string>());
        Assert.Contains("cell 2", outputs[1]["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnpinnedPackage_IsAClearErrorNamingTheCell()
    {
        using var notebook = new TempNotebook("#r \"nuget: Left.Pad, 1.0.0\"");
        var run = await notebook.RunAsync();

        Assert.False(run.Succeeded);
        Assert.Contains("cell 2 (id code-1)", run.Failure, StringComparison.Ordinal);
        Assert.Contains("Left.Pad is not pinned", run.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PackageAtAnotherVersion_IsAClearErrorNamingThePin()
    {
        using var notebook = new TempNotebook("#r \"nuget: Plotly.NET, 5.0.0\"");
        var run = await notebook.RunAsync();

        Assert.False(run.Succeeded);
        Assert.Contains("Plotly.NET 5.0.0 is not the pinned version", run.Failure, StringComparison.Ordinal);
        Assert.Contains("pins 6.0.0", run.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PinnedPackages_ResolveWithDependenciesAndChartsDisplay()
    {
        using var notebook = new TempNotebook(
            "#r \"nuget: Plotly.NET.CSharp, 0.14.0\"\n#r \"nuget: Plotly.NET, 6.0.0\"",
            "display(Plotly.NET.CSharp.Chart.Column<int, string, string>(values: new[] { 3, 5 }, Keys: new[] { \"a\", \"b\" }));");
        var run = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        var data = Assert.Single(run.OfCodeCell(2))["data"]!;
        Assert.Equal("bar", data[MimeTypes.Plotly]!["data"]![0]!["type"]!.GetValue<string>());
        var html = data[MimeTypes.Html].Text();
        Assert.DoesNotContain("<script src", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("plotly.js", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_DataFrame_IsAnHtmlTable()
    {
        using var notebook = new TempNotebook(
            "#r \"nuget: Microsoft.Data.Analysis, 0.23.1\"",
            "using Microsoft.Data.Analysis;\nnew DataFrame(new StringDataFrameColumn(\"skill\", new[] { \"SQL\" }), new DoubleDataFrameColumn(\"confidence\", new double?[] { 0.9 }))");
        var run = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        var html = run.OfCodeCell(2)[0]["data"]![MimeTypes.Html].Text();
        Assert.Contains("<th>skill</th><th>confidence</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>SQL</td><td>0.9</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RelativeAssemblyPath_IsResolvedFromTheNotebookAndTheHostCopyIsUsed()
    {
        // Temp notebooks sit one folder below the temp root, so this path is relative to each of them.
        var core = typeof(LeadQual.Jobs.RatingRule).Assembly.Location;
        var relative = Path.GetRelativePath(Path.Combine(Path.GetTempPath(), "any-notebook-folder"), core).Replace('\\', '/');
        using var notebook = new TempNotebook(
            $"#r \"{relative}\"\n#r \"{relative}\"",
            "typeof(LeadQual.Jobs.RatingRule).Assembly.Location",
            "LeadQual.Jobs.RatingRule.ForShare(0.9).ToString()");
        var run = await notebook.RunAsync();

        Assert.True(run.Succeeded, run.Failure);
        Assert.Equal(core, run.OfCodeCell(2)[0]["data"]![MimeTypes.Plain].Text());
        Assert.Equal("High", run.OfCodeCell(3)[0]["data"]![MimeTypes.Plain].Text());
    }

    [Fact]
    public async Task RunAsync_MissingAssembly_IsAnErrorSayingToBuild()
    {
        using var notebook = new TempNotebook("#r \"../nowhere/Missing.Library.dll\"");
        var run = await notebook.RunAsync();

        Assert.False(run.Succeeded);
        Assert.Contains("not found", run.Failure, StringComparison.Ordinal);
        Assert.Contains("dotnet build", run.Failure, StringComparison.Ordinal);
    }
}
