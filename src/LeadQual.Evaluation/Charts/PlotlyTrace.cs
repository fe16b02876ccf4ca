using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadQual.Evaluation.Charts;

/// <summary>plotly.js traces as JSON objects: bars, lines and a heatmap, with any further attribute set by name.</summary>
internal static class PlotlyTrace
{
    /// <summary>Bars: vertical (<paramref name="x"/> the categories) or horizontal (<c>orientation: "h"</c>, <paramref name="y"/> the categories).</summary>
    public static JsonObject Bar<TX, TY>(string name, IEnumerable<TX> x, IEnumerable<TY> y, string orientation = "v", IEnumerable<string>? text = null) =>
        Node(new { type = "bar", name, x = x.ToList(), y = y.ToList(), orientation, text = text?.ToList() });

    /// <summary>A line through the points, with markers when <paramref name="markers"/>.</summary>
    public static JsonObject Line<TX, TY>(string name, IEnumerable<TX> x, IEnumerable<TY> y, bool markers = false, IEnumerable<string>? text = null) =>
        Node(new { type = "scatter", name, mode = markers ? "lines+markers" : "lines", x = x.ToList(), y = y.ToList(), text = text?.ToList() });

    public static JsonObject Heatmap<TZ>(string name, IReadOnlyList<string> x, IReadOnlyList<string> y, IEnumerable<IEnumerable<TZ>> z) =>
        Node(new { type = "heatmap", name, x, y, z = z.Select(row => row.ToList()).ToList(), showscale = false });

    /// <summary>Sets a raw plotly.js attribute (e.g. <c>yaxis</c>, <c>text</c>, <c>line</c>) on a trace.</summary>
    public static JsonObject With(this JsonObject trace, string attribute, object value)
    {
        trace[attribute] = Node(value);
        return trace;
    }

    /// <summary>Any value (anonymous objects included) as JSON, nulls left out.</summary>
    public static JsonNode? Node(object? value) => JsonSerializer.SerializeToNode(value, PlotlyFigure.Json);

    private static JsonObject Node<T>(T value) where T : notnull => JsonSerializer.SerializeToNode(value, PlotlyFigure.Json)!.AsObject();
}
