using System.Text.Json.Nodes;
using LeadQual.Notebooks.Execution;

namespace LeadQual.Notebooks.Tests.Support;

/// <summary>Reading a run's outputs: those of the n-th code cell, and the text of an output.</summary>
internal static class Outputs
{
    public static IReadOnlyList<JsonObject> OfCodeCell(this NotebookRun run, int number) =>
        run.Document.Cells.Where(c => c["cell_type"]!.GetValue<string>() == "code").ElementAt(number - 1)["outputs"]!.AsArray().OfType<JsonObject>().ToList();

    public static string Type(this JsonObject output) => output["output_type"]!.GetValue<string>();

    public static string Text(this JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => string.Empty,
    };
}
