using System.Text.Json.Nodes;

namespace LeadQual.Cli.Tests;

/// <summary>The notebook runner changes the process's working directory while a notebook runs, so these tests run alone.</summary>
[CollectionDefinition(nameof(NotebooksCommandTests), DisableParallelization = true)]
public sealed class NotebooksCollection;

[Collection(nameof(NotebooksCommandTests))]
public sealed class NotebooksCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-notebooks-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Notebook(string name, params string[] code)
    {
        var cells = new JsonArray(code.Select((source, i) => (JsonNode?)new JsonObject
        {
            ["cell_type"] = "code", ["id"] = $"c{i + 1}", ["metadata"] = new JsonObject(), ["source"] = source, ["execution_count"] = null, ["outputs"] = new JsonArray(),
        }).ToArray());
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, new JsonObject { ["cells"] = cells, ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 }.ToJsonString());
        return path;
    }

    [Fact]
    public async Task Run_WithOut_WritesTheExecutedNotebookAndSummarises()
    {
        var path = Notebook("ok.ipynb", "Console.WriteLine(\"hi\");", "6 * 7");
        var outFolder = Path.Combine(folder, "out");

        var (code, output, error) = await CliRunner.RunAsync("notebooks", "run", path, "--out", outFolder);

        Assert.True(code == 0, error);
        Assert.Contains("1 notebook(s) run, 0 failed", output, StringComparison.Ordinal);
        var written = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(outFolder, "ok.ipynb")))!;
        // Shown as the dotnet-interactive kernel shows a number: HTML.
        var html = string.Concat(written["cells"]![1]!["outputs"]![0]!["data"]!["text/html"]!.AsArray().Select(line => line!.GetValue<string>()));
        Assert.Contains(">42<", html, StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(await File.ReadAllTextAsync(path))!["cells"]![0]!["outputs"]!.AsArray());
    }

    [Fact]
    public async Task Run_FailingCell_ExitsNonZeroNamingTheCell()
    {
        var path = Notebook("bad.ipynb", "var a = 1;", "throw new Exception(\"kaput\");");

        var (code, _, error) = await CliRunner.RunAsync("notebooks", "run", path, "--in-place");

        Assert.Equal(1, code);
        Assert.Contains("cell 2 (id c2)", error, StringComparison.Ordinal);
        Assert.Contains("kaput", error, StringComparison.Ordinal);
        Assert.Equal("error", JsonNode.Parse(await File.ReadAllTextAsync(path))!["cells"]![1]!["outputs"]![0]!["output_type"]!.ToString());
    }

    [Fact]
    public async Task Run_OutAndInPlace_IsBadInput()
    {
        var path = Notebook("ok.ipynb", "1");

        var (code, _, error) = await CliRunner.RunAsync("notebooks", "run", path, "--in-place", "--out", folder);

        Assert.Equal(1, code);
        Assert.Contains("either --out or --in-place", error, StringComparison.Ordinal);
    }
}
