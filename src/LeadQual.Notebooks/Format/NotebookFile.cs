using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace LeadQual.Notebooks.Format;

/// <summary>Reads and writes <c>.ipynb</c> files with .NET Interactive's own document model (Microsoft.DotNet.Interactive.Documents).</summary>
public static class NotebookFile
{
    /// <summary>The kernel every LeadQual notebook's code cells run in.</summary>
    public const string CSharp = "csharp";

    /// <exception cref="NotebookException">The file cannot be read or is not a notebook; the message names it.</exception>
    public static async Task<InteractiveDocument> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException error)
        {
            throw new NotebookException($"{path}: cannot be read: {error.Message}", error);
        }

        try
        {
            return Notebook.Parse(json, Kernels());
        }
        catch (JsonException error)
        {
            throw new NotebookException($"{path}: not a Jupyter notebook: {error.Message}", error);
        }
    }

    /// <summary>Writes the document as nbformat 4 JSON, creating the folder when needed.</summary>
    public static async Task WriteAsync(InteractiveDocument document, string path, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        // Notebook.Write, not ToJupyterJson: the latter fails on the polyglot_notebook metadata it has just parsed.
        using var buffer = new MemoryStream();
        Notebook.Write(document, buffer, Kernels());
        var notebook = JsonNode.Parse(buffer.ToArray())!.AsObject();
        JsonMimeData.Restore(notebook);
        await File.WriteAllTextAsync(path, notebook.ToJsonString(Indented) + "\n", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The code cells: every element not in markdown.</summary>
    public static IEnumerable<InteractiveDocumentElement> CodeCells(InteractiveDocument document) =>
        document.Elements.Where(e => !string.Equals(e.KernelName, "markdown", StringComparison.OrdinalIgnoreCase));

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 1, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static KernelInfoCollection Kernels() => new() { new KernelInfo(CSharp, "C#", ["c#", "C#"]) };
}
