using System.Net;
using System.Text.Json.Nodes;
using LeadQual.Evaluation.Charts;

namespace LeadQual.Evaluation.Tests.Support;

/// <summary>What a reader sees of a chart: its figure JSON (as a notebook receives it) with labels decoded as plotly.js shows them.</summary>
public sealed class ChartFigure(PlotlyFigure chart)
{
    private readonly JsonObject _figure = JsonNode.Parse(chart.ToJson())!.AsObject();

    public string Title => WebUtility.HtmlDecode(RawTitle);

    /// <summary>The title as plotly.js receives it (labels encoded), which is how it stands in report.html's chart JSON.</summary>
    public string RawTitle => _figure["layout"]!["title"]!["text"]!.GetValue<string>();

    public IReadOnlyList<JsonObject> Traces => _figure["data"]!.AsArray().Select(t => t!.AsObject()).ToList();

    public IReadOnlyList<string> TraceNames => Traces.Select(t => WebUtility.HtmlDecode(t["name"]?.GetValue<string>() ?? string.Empty)).ToList();

    public JsonObject Layout => _figure["layout"]!.AsObject();

    /// <summary>The raw label strings of a trace's x values (still encoded, as plotly.js receives them).</summary>
    public static IReadOnlyList<string> RawX(JsonObject trace) => trace["x"]!.AsArray().Select(x => x!.ToString()).ToList();

    public static IReadOnlyList<string> X(JsonObject trace) => RawX(trace).Select(WebUtility.HtmlDecode).ToList()!;
}
