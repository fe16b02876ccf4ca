using System.Text.Json.Nodes;
using LeadQual.Notebooks.Display;
using LeadQual.Notebooks.Format;

namespace LeadQual.Notebooks.Execution;

/// <summary>An executed notebook: the document with its outputs, how many code cells ran, and the failure that stopped it, if any.</summary>
public sealed record NotebookRun(string Path, NotebookDocument Document, int CellsRun, int CodeCells, string? Failure, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;

    public IEnumerable<JsonObject> Outputs => Document.Cells.Where(c => c["outputs"] is JsonArray).SelectMany(c => c["outputs"]!.AsArray().OfType<JsonObject>());

    public int Charts => Count("chart");

    public int Tables => Count("table");

    private int Count(string kind) => Outputs.Count(o => o["data"] is JsonObject data && DisplayFormatter.Kind(data) == kind);
}
