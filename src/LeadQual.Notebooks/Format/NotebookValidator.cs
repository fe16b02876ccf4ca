using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LeadQual.Notebooks.Format;

/// <summary>
/// The rules of the nbformat 4.5 JSON schema that a written notebook must meet, checked without Python:
/// required and allowed keys of the notebook, its cells and outputs, unique cell ids, stream names,
/// mime bundles (text as a string or a list of strings; JSON types as any JSON). Returns every problem.
/// </summary>
public static partial class NotebookValidator
{
    private static readonly string[] NotebookKeys = ["cells", "metadata", "nbformat", "nbformat_minor"];
    private static readonly string[] CodeKeys = ["id", "cell_type", "metadata", "source", "outputs", "execution_count"];
    private static readonly string[] TextCellKeys = ["id", "cell_type", "metadata", "source", "attachments"];

    public static IReadOnlyList<string> Validate(JsonObject notebook)
    {
        var problems = new List<string>();
        Keys(notebook, "notebook", NotebookKeys, NotebookKeys, problems);
        if (notebook["nbformat"] is not JsonValue major || !major.TryGetValue<int>(out var m) || m != 4)
        {
            problems.Add("notebook: nbformat must be 4");
        }

        if (notebook["nbformat_minor"] is not JsonValue minor || !minor.TryGetValue<int>(out var n) || n < 5)
        {
            problems.Add("notebook: nbformat_minor must be 5 or more (cell ids)");
        }

        if (notebook["metadata"] is not JsonObject)
        {
            problems.Add("notebook: metadata must be an object");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var cells = notebook["cells"] as JsonArray ?? [];
        for (var i = 0; i < cells.Count; i++)
        {
            Cell(cells[i] as JsonObject, $"cell {i + 1}", ids, problems);
        }

        return problems;
    }

    private static void Cell(JsonObject? cell, string where, HashSet<string> ids, List<string> problems)
    {
        if (cell is null)
        {
            problems.Add($"{where}: must be an object");
            return;
        }

        var type = cell["cell_type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        switch (type)
        {
            case "code":
                Keys(cell, where, CodeKeys, CodeKeys, problems);
                if (cell["execution_count"] is JsonValue count && !count.TryGetValue<int>(out _))
                {
                    problems.Add($"{where}: execution_count must be an integer or null");
                }

                if (cell["outputs"] is JsonArray outputs)
                {
                    for (var o = 0; o < outputs.Count; o++)
                    {
                        Output(outputs[o] as JsonObject, $"{where} output {o + 1}", problems);
                    }
                }
                else
                {
                    problems.Add($"{where}: outputs must be an array");
                }

                break;
            case "markdown" or "raw":
                Keys(cell, where, ["id", "cell_type", "metadata", "source"], TextCellKeys, problems);
                break;
            default:
                problems.Add($"{where}: cell_type must be code, markdown or raw");
                return;
        }

        if (cell["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id) || id.Length is < 1 or > 64 || !CellId().IsMatch(id))
        {
            problems.Add($"{where}: id must be 1-64 characters of letters, digits, '-' and '_'");
        }
        else if (!ids.Add(id))
        {
            problems.Add($"{where}: id {id} is not unique");
        }

        if (cell["metadata"] is not JsonObject)
        {
            problems.Add($"{where}: metadata must be an object");
        }

        if (!MultilineText(cell["source"]))
        {
            problems.Add($"{where}: source must be a string or a list of strings");
        }
    }

    private static void Output(JsonObject? output, string where, List<string> problems)
    {
        if (output is null)
        {
            problems.Add($"{where}: must be an object");
            return;
        }

        switch (output["output_type"]?.GetValue<string>())
        {
            case "stream":
                Keys(output, where, ["output_type", "name", "text"], ["output_type", "name", "text"], problems);
                if (output["name"]?.GetValue<string>() is not ("stdout" or "stderr"))
                {
                    problems.Add($"{where}: stream name must be stdout or stderr");
                }

                if (!MultilineText(output["text"]))
                {
                    problems.Add($"{where}: text must be a string or a list of strings");
                }

                break;
            case "display_data":
                Keys(output, where, ["output_type", "data", "metadata"], ["output_type", "data", "metadata", "transient"], problems);
                MimeBundle(output["data"], where, problems);
                break;
            case "execute_result":
                Keys(output, where, ["output_type", "execution_count", "data", "metadata"], ["output_type", "execution_count", "data", "metadata"], problems);
                MimeBundle(output["data"], where, problems);
                break;
            case "error":
                Keys(output, where, ["output_type", "ename", "evalue", "traceback"], ["output_type", "ename", "evalue", "traceback"], problems);
                if (output["traceback"] is not JsonArray traceback || traceback.Any(l => l is not JsonValue v || !v.TryGetValue<string>(out _)))
                {
                    problems.Add($"{where}: traceback must be a list of strings");
                }

                break;
            default:
                problems.Add($"{where}: output_type must be stream, display_data, execute_result or error");
                break;
        }
    }

    private static void MimeBundle(JsonNode? data, string where, List<string> problems)
    {
        if (data is not JsonObject bundle)
        {
            problems.Add($"{where}: data must be an object");
            return;
        }

        foreach (var (mime, value) in bundle)
        {
            if (!MimeType().IsMatch(mime))
            {
                problems.Add($"{where}: {mime} is not a mime type");
            }
            else if (!JsonMime().IsMatch(mime) && !MultilineText(value))
            {
                problems.Add($"{where}: {mime} must be a string or a list of strings");
            }
        }
    }

    private static bool MultilineText(JsonNode? node) => node switch
    {
        JsonValue value => value.TryGetValue<string>(out _),
        JsonArray lines => lines.All(l => l is JsonValue v && v.TryGetValue<string>(out _)),
        _ => false,
    };

    private static void Keys(JsonObject node, string where, IEnumerable<string> required, IEnumerable<string> allowed, List<string> problems)
    {
        problems.AddRange(required.Where(k => !node.ContainsKey(k)).Select(k => $"{where}: missing {k}"));
        var known = allowed.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(node.Select(p => p.Key).Where(k => !known.Contains(k)).Select(k => $"{where}: unexpected key {k}"));
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]+$")]
    private static partial Regex CellId();

    [GeneratedRegex(@"^[a-zA-Z0-9\-\+\.]+/[a-zA-Z0-9\-\+\.]+$")]
    private static partial Regex MimeType();

    [GeneratedRegex(@"^application/(.*\+)?json$")]
    private static partial Regex JsonMime();
}
