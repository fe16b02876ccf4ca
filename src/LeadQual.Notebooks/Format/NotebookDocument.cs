using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadQual.Notebooks.Format;

/// <summary>
/// An nbformat 4 notebook as JSON: the cells are read and their outputs replaced in place, and everything
/// else (metadata, kernelspec, cell ids, unknown keys) is written back as it was read.
/// </summary>
public sealed class NotebookDocument
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private NotebookDocument(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public IReadOnlyList<JsonObject> Cells => Root["cells"]!.AsArray().OfType<JsonObject>().ToList();

    public static NotebookDocument Parse(string json, string name = "notebook")
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException error)
        {
            throw new NotebookException($"{name}: not JSON: {error.Message}", error);
        }

        if (node is not JsonObject root || root["cells"] is not JsonArray || root["nbformat"]?.GetValue<int>() != 4)
        {
            throw new NotebookException($"{name}: not an nbformat 4 notebook (needs \"nbformat\": 4 and a \"cells\" array)");
        }

        return new NotebookDocument(root);
    }

    public static async Task<NotebookDocument> LoadAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);

    /// <summary>The cell's source as one string, whether stored as a string or as a list of lines.</summary>
    public static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? string.Empty)),
        JsonValue text => text.GetValue<string>(),
        _ => string.Empty,
    };

    public static string CellType(JsonObject cell) => cell["cell_type"]?.GetValue<string>() ?? "unknown";

    /// <summary>Text as nbformat's multiline list: every line but the last keeps its newline.</summary>
    public static JsonArray Lines(string text)
    {
        var array = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                array.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            array.Add(text[start..]);
        }

        return array;
    }

    /// <summary>Empties every code cell's outputs and execution count, as the notebooks are committed.</summary>
    public void ClearOutputs()
    {
        foreach (var cell in Cells.Where(c => CellType(c) == "code"))
        {
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }
    }

    public string ToJson() => Root.ToJsonString(Indented) + "\n";

    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(path, ToJson(), cancellationToken).ConfigureAwait(false);
    }
}
