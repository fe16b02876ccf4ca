using System.Net;
using Plotly.NET;

namespace LeadQual.Evaluation.Charts;

/// <summary>
/// Layout shared by every chart, in a notebook or in report.html, set on Plotly.NET's dynamic layout object
/// (its F# optional-argument API is awkward from C#).
/// </summary>
internal static class ChartLayout
{
    /// <summary>Wide enough for titles that name the engine and model (Plotly.NET's default of 600 px cuts them off).</summary>
    public const int Width = 1100;

    public static GenericChart Apply(GenericChart chart, string title, object xAxis, object yAxis, int height = 420, object? extra = null)
    {
        var layout = new Layout();
        layout.SetProperty("title", new { text = Label(title), x = 0.02 });
        layout.SetProperty("xaxis", xAxis);
        layout.SetProperty("yaxis", yAxis);
        layout.SetProperty("width", Width);
        layout.SetProperty("height", height);
        layout.SetProperty("margin", new { l = 70, r = 70, t = 60, b = 90 });
        layout.SetProperty("legend", new { orientation = "h", y = -0.2 });
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                layout.SetProperty(property.Name, property.GetValue(extra));
            }
        }

        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>Sets a raw plotly.js trace attribute (e.g. <c>yaxis</c>, <c>text</c>, <c>line</c>) on every trace of a chart.</summary>
    public static GenericChart WithTraceProperty(GenericChart chart, string name, object value)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty(name, value);
        }

        return chart;
    }

    /// <summary>
    /// Text from postings, resumes, engines or run labels as a chart label: plotly.js reads labels as
    /// pseudo-HTML, and in report.html the chart JSON sits inside a script element.
    /// </summary>
    public static string Label(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A score as the charts print it: three decimals, or "n/a" when it could not be measured.</summary>
    public static string Score(double? value) => value is null ? "n/a" : value.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
}
