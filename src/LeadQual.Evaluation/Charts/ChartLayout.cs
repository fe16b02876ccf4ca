using System.Net;
using System.Text.Json.Nodes;

namespace LeadQual.Evaluation.Charts;

/// <summary>Layout shared by every chart, in a notebook or in report.html: title, axes, size, margins, legend and look.</summary>
internal static class ChartLayout
{
    /// <summary>Wide enough for titles that name the engine and model (plotly's usual 600 px cuts them off).</summary>
    public const int Width = 1100;

    /// <summary>The look of Plotly.NET's default template, which the charts had before they were written as JSON.</summary>
    private static readonly object Template = new
    {
        layout = new
        {
            font = new { color = "rgba(42, 63, 95, 1.0)" },
            paper_bgcolor = "rgba(255, 255, 255, 1.0)",
            plot_bgcolor = "rgba(229, 236, 246, 1.0)",
            hovermode = "closest",
            xaxis = Axis,
            yaxis = Axis,
            colorway = new[] { "#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692", "#B6E880", "#FF97FF", "#FECB52" },
        },
    };

    private static object Axis => new { automargin = true, ticks = "", linecolor = "white", gridcolor = "white", zerolinecolor = "white", zerolinewidth = 2 };

    /// <summary>A figure of <paramref name="traces"/> under <paramref name="title"/>; <paramref name="extra"/>'s properties are further layout attributes.</summary>
    public static PlotlyFigure Apply(IEnumerable<JsonObject> traces, string title, object xAxis, object yAxis, int height = 420, object? extra = null)
    {
        var layout = new JsonObject
        {
            ["title"] = PlotlyTrace.Node(new { text = Label(title), x = 0.02 }),
            ["xaxis"] = PlotlyTrace.Node(xAxis),
            ["yaxis"] = PlotlyTrace.Node(yAxis),
            ["width"] = Width,
            ["height"] = height,
            ["margin"] = PlotlyTrace.Node(new { l = 70, r = 70, t = 60, b = 90 }),
            ["legend"] = PlotlyTrace.Node(new { orientation = "h", y = -0.2 }),
            ["template"] = PlotlyTrace.Node(Template),
        };
        if (extra is not null && PlotlyTrace.Node(extra) is JsonObject more)
        {
            foreach (var (name, value) in more.ToList())
            {
                more.Remove(name);
                layout[name] = value;
            }
        }

        return new PlotlyFigure(traces, layout);
    }

    /// <summary>
    /// Text from postings, resumes, engines or run labels as a chart label: plotly.js reads labels as
    /// pseudo-HTML, and in report.html the chart JSON sits inside a script element.
    /// </summary>
    public static string Label(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A score as the charts print it: three decimals, or "n/a" when it could not be measured.</summary>
    public static string Score(double? value) => value is null ? "n/a" : value.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
