using System.Text.Json.Nodes;

namespace LeadQual.Notebooks.Format;

/// <summary>The nbformat 4 output objects the runner writes: stream, display_data, execute_result and error.</summary>
public static class NotebookOutputs
{
    public static JsonObject Stream(string name, string text) => new()
    {
        ["output_type"] = "stream",
        ["name"] = name,
        ["text"] = NotebookDocument.Lines(text),
    };

    public static JsonObject DisplayData(JsonObject data) => new()
    {
        ["output_type"] = "display_data",
        ["data"] = data,
        ["metadata"] = new JsonObject(),
    };

    public static JsonObject ExecuteResult(int executionCount, JsonObject data) => new()
    {
        ["output_type"] = "execute_result",
        ["execution_count"] = executionCount,
        ["data"] = data,
        ["metadata"] = new JsonObject(),
    };

    public static JsonObject Error(string name, string value, IEnumerable<string> traceback) => new()
    {
        ["output_type"] = "error",
        ["ename"] = name,
        ["evalue"] = value,
        ["traceback"] = new JsonArray(traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
    };
}
