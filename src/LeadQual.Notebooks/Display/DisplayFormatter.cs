using System.Collections;
using System.Text.Json.Nodes;
using Microsoft.Data.Analysis;
using Plotly.NET;

namespace LeadQual.Notebooks.Display;

/// <summary>
/// Turns a displayed value into a mime bundle: a Plotly.NET chart as its figure JSON plus a self-contained
/// HTML page fragment (plotly.js inlined), a DataFrame or a sequence of records as an HTML table plus a
/// text table, anything else as text.
/// </summary>
public static class DisplayFormatter
{
    public static JsonObject Format(object? value) => value switch
    {
        GenericChart chart => PlotlyFormatter.Format(chart),
        DataFrame frame => TableFormatter.Format(TableFormatter.FromDataFrame(frame)),
        string text => Plain(text),
        IEnumerable sequence when TableFormatter.IsTabular(sequence) => TableFormatter.Format(TableFormatter.FromRecords(sequence)),
        _ => Plain(TableFormatter.Text(value)),
    };

    /// <summary>What kind of output a bundle is, for run summaries: chart, table or text.</summary>
    public static string Kind(JsonObject bundle) =>
        bundle.ContainsKey(MimeTypes.Plotly) ? "chart" : bundle.ContainsKey(MimeTypes.Html) ? "table" : "text";

    private static JsonObject Plain(string text) => new() { [MimeTypes.Plain] = text };
}
