using Microsoft.DotNet.Interactive.Documents;
using LeadQual.Evaluation.Charts;

namespace LeadQual.Notebooks.Execution;

/// <summary>An executed notebook: the document with its outputs, how many code cells ran, and the failure that stopped it, if any.</summary>
public sealed record NotebookRun(string Path, InteractiveDocument Document, int CellsRun, int CodeCells, string? Failure, TimeSpan Elapsed)
{
    public bool Succeeded => Failure is null;

    public IEnumerable<InteractiveDocumentOutputElement> Outputs => Document.Elements.SelectMany(e => e.Outputs);

    /// <summary>Outputs that draw a chart (<see cref="PlotlyFigure.ToHtml"/>).</summary>
    public int Charts => Outputs.Count(o => Html(o).Contains($"class=\"{PlotlyFigure.HtmlClass}\"", StringComparison.Ordinal));

    /// <summary>Outputs whose HTML is a table (and no chart).</summary>
    public int Tables => Outputs.Count(o => Html(o) is var html && html.Contains("<table", StringComparison.Ordinal) && !html.Contains($"class=\"{PlotlyFigure.HtmlClass}\"", StringComparison.Ordinal));

    private static string Html(InteractiveDocumentOutputElement output) =>
        Data(output) is { } data && data.TryGetValue("text/html", out var html) ? html?.ToString() ?? string.Empty : string.Empty;

    /// <summary>The MIME bundle of a display or result output.</summary>
    public static IDictionary<string, object>? Data(InteractiveDocumentOutputElement output) => output switch
    {
        DisplayElement display => display.Data,
        ReturnValueElement result => result.Data,
        _ => null,
    };
}
