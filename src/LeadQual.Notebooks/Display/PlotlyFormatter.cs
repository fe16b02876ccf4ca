using System.Text.Json.Nodes;
using Plotly.NET;

namespace LeadQual.Notebooks.Display;

/// <summary>
/// A Plotly.NET chart as <c>application/vnd.plotly.v1+json</c> and a self-contained <c>text/html</c> fallback:
/// the chart's div and script with plotly.js (shipped inside Plotly.NET) inlined, so it renders offline.
/// </summary>
internal static class PlotlyFormatter
{
    private static readonly DisplayOptions NoReference = DisplayOptions.init(null, null, null, null, null, null, PlotlyJSReference.NoReference);
    private static readonly Lazy<string> PlotlyJs = new(ReadPlotlyJs);

    public static JsonObject Format(GenericChart chart)
    {
        var figure = JsonNode.Parse(GenericChart.toFigureJson(chart))!.AsObject();
        var title = figure["layout"]?["title"]?["text"]?.GetValue<string>();
        var html = $"<div>\n<script type=\"text/javascript\">{PlotlyJs.Value}</script>\n{GenericChart.toChartHTML(GenericChart.setDisplayOptions(NoReference, chart))}\n</div>";
        return new JsonObject
        {
            [MimeTypes.Plotly] = figure,
            [MimeTypes.Html] = html,
            [MimeTypes.Plain] = title is null ? "Plotly chart" : $"Plotly chart: {System.Net.WebUtility.HtmlDecode(title)}",
        };
    }

    private static string ReadPlotlyJs()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".min.js", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        // A literal "</script>" inside the inlined source would end the element early.
        return reader.ReadToEnd().Replace("</script>", "<\\/script>", StringComparison.OrdinalIgnoreCase);
    }
}
