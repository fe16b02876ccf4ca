using System.Net;
using Plotly.NET;

namespace LeadQual.Evaluation.Reporting;

/// <summary>One chart of the report: a chart from <c>Charts/</c> (the same one a notebook displays) rendered as a div and its script, without any plotly.js reference (the page embeds plotly.js once).</summary>
internal sealed record ReportFigure(string Name, string Caption, GenericChart Chart)
{
    private static readonly DisplayOptions NoReference = DisplayOptions.init(null, null, null, null, null, null, PlotlyJSReference.NoReference);

    public string ToHtml()
    {
        var chart = GenericChart.setDisplayOptions(NoReference, Chart);
        return $"""
            <figure class="chart" data-chart="{WebUtility.HtmlEncode(Name)}">
            {GenericChart.toChartHTML(chart)}
            <figcaption>{WebUtility.HtmlEncode(Caption)}</figcaption>
            </figure>
            """;
    }
}
