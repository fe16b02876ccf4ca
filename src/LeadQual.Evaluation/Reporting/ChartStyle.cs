using Plotly.NET;

namespace LeadQual.Evaluation.Reporting;

/// <summary>Layout settings shared by the report's charts, set on Plotly.NET's dynamic layout object (its F# optional-argument API is awkward from C#).</summary>
internal static class ChartStyle
{
    public const int Width = 1100;

    public static GenericChart Apply(GenericChart chart, string title, object xAxis, object yAxis, int height = 420, object? extra = null)
    {
        var layout = new Layout();
        layout.SetProperty("title", new { text = title, x = 0.02 });
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

    /// <summary>Sets a raw plotly.js trace attribute (e.g. <c>yaxis</c>, <c>text</c>) on every trace of a chart.</summary>
    public static GenericChart WithTraceProperty(GenericChart chart, string name, object value)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty(name, value);
        }

        return chart;
    }
}
