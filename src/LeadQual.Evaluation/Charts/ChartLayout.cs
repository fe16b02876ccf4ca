using Plotly.NET;

namespace LeadQual.Evaluation.Charts;

/// <summary>Title, axes and size set on Plotly.NET's dynamic layout object (its F# optional-argument API is awkward from C#).</summary>
internal static class ChartLayout
{
    public static GenericChart Apply(GenericChart chart, string title, object xAxis, object yAxis, int height = 420, object? extra = null)
    {
        var layout = new Layout();
        layout.SetProperty("title", new { text = System.Net.WebUtility.HtmlEncode(title) });
        layout.SetProperty("xaxis", xAxis);
        layout.SetProperty("yaxis", yAxis);
        layout.SetProperty("height", height);
        layout.SetProperty("margin", new { l = 80, r = 40, t = 60, b = 80 });
        if (extra is not null)
        {
            foreach (var property in extra.GetType().GetProperties())
            {
                layout.SetProperty(property.Name, property.GetValue(extra));
            }
        }

        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>Sets a raw plotly.js trace attribute on every trace of a chart.</summary>
    public static GenericChart WithTraceProperty(GenericChart chart, string name, object value)
    {
        foreach (var trace in GenericChart.getTraces(chart))
        {
            trace.SetProperty(name, value);
        }

        return chart;
    }
}
