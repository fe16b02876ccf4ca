using System.Text.Json.Nodes;
using LeadQual.Notebooks.Execution;

namespace LeadQual.Notebooks.Tests.Support;

/// <summary>A notebook of the given code cells written to a fresh temp folder.</summary>
internal sealed class TempNotebook : IDisposable
{
    public TempNotebook(params string[] codeCells)
    {
        Folder = Directory.CreateTempSubdirectory("leadqual-nb-").FullName;
        Path = System.IO.Path.Combine(Folder, "test.ipynb");
        var cells = new JsonArray();
        cells.Add(new JsonObject { ["cell_type"] = "markdown", ["id"] = "intro", ["metadata"] = new JsonObject(), ["source"] = "# A test notebook" });
        for (var i = 0; i < codeCells.Length; i++)
        {
            cells.Add(new JsonObject
            {
                ["cell_type"] = "code",
                ["id"] = $"code-{i + 1}",
                ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
                ["source"] = codeCells[i],
                ["execution_count"] = null,
                ["outputs"] = new JsonArray(),
            });
        }

        var notebook = new JsonObject { ["cells"] = cells, ["metadata"] = new JsonObject(), ["nbformat"] = 4, ["nbformat_minor"] = 5 };
        File.WriteAllText(Path, notebook.ToJsonString());
    }

    public string Folder { get; }

    public string Path { get; }

    /// <summary>Runs it in the in-process kernel and reads back the notebook as written with its outputs.</summary>
    public async Task<(NotebookRun Run, ExecutedNotebook Executed)> RunAsync()
    {
        var run = await new NotebookRunner().RunAsync(Path);
        return (run, await ExecutedNotebook.SaveAsync(run));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
