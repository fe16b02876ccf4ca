using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadQual.Evaluation.Charts;

/// <summary>
/// A plotly.js figure: its traces and layout, as the JSON that plotly.js draws. Every chart of <c>Charts/</c> is
/// one, for report.html and the notebooks alike; both draw it with <see cref="ToHtml"/>.
/// </summary>
/// <remarks>
/// Written with System.Text.Json rather than Plotly.NET: Plotly.NET 6 is F# code that needs FSharp.Core 10.1,
/// and the .NET Interactive kernel has FSharp.Core 10.0 in its default load context, so a chart built by
/// Plotly.NET fails to load there. JSON needs nothing the kernel lacks.
/// </remarks>
public sealed class PlotlyFigure
{
    /// <summary>The class of the div <see cref="ToHtml"/> draws into, by which a page or a notebook output is found to hold a chart.</summary>
    public const string HtmlClass = "plotly-figure";

    /// <summary>Labels are already HTML-encoded (<see cref="ChartLayout.Label"/>); the JSON keeps them as written, and <see cref="ToHtml"/> guards the script element.</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly JsonObject _figure;

    internal PlotlyFigure(IEnumerable<JsonObject> traces, JsonObject layout)
    {
        _figure = new JsonObject { ["data"] = new JsonArray(traces.Cast<JsonNode>().ToArray()), ["layout"] = layout };
    }

    /// <summary>The chart's title as a reader sees it (labels decoded).</summary>
    public string Title => WebUtility.HtmlDecode(_figure["layout"]?["title"]?["text"]?.GetValue<string>() ?? string.Empty);

    /// <summary>The figure (<c>{"data": [...], "layout": {...}}</c>) as a fresh JSON object the caller may change.</summary>
    public JsonObject ToJsonObject() => _figure.DeepClone().AsObject();

    /// <summary>The figure JSON, as plotly.js reads it.</summary>
    public string ToJson() => _figure.ToJsonString(Json);

    /// <summary>
    /// A div, the figure JSON (a <c>&lt;script type="application/json"&gt;</c> element, id <paramref name="elementId"/>
    /// + <c>-figure</c>) and the script that draws it into the div with <c>Plotly.newPlot</c>; plotly.js itself is not
    /// included (report.html embeds it once, a notebook output ahead of the div).
    /// </summary>
    public string ToHtml(string elementId)
    {
        var id = WebUtility.HtmlEncode(elementId);
        // Inside a <script> element nothing may read as its end tag; "<\/" is the same JSON string.
        var json = ToJson().Replace("</", "<\\/", StringComparison.Ordinal);
        return $$"""
            <div id="{{id}}" class="{{HtmlClass}}"></div>
            <script type="application/json" id="{{id}}-figure">{{json}}</script>
            <script>(function () { var figure = JSON.parse(document.getElementById("{{id}}-figure").textContent); Plotly.newPlot("{{id}}", figure.data, figure.layout, { responsive: true }); })();</script>
            """;
    }

    /// <summary>What a text-only reader gets: "Plotly chart: " and the title.</summary>
    public override string ToString() => $"Plotly chart: {Title}";
}
