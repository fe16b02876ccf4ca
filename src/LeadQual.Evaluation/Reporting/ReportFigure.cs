using System.Net;
using LeadQual.Evaluation.Charts;

namespace LeadQual.Evaluation.Reporting;

/// <summary>One chart of the report: a chart from <c>Charts/</c> (the same one a notebook displays) rendered as a div and its script, without plotly.js (the page embeds it once).</summary>
internal sealed record ReportFigure(string Name, string Caption, PlotlyFigure Chart)
{
    public string ToHtml() => $"""
        <figure class="chart" data-chart="{WebUtility.HtmlEncode(Name)}">
        {Chart.ToHtml($"chart-{Name}")}
        <figcaption>{WebUtility.HtmlEncode(Caption)}</figcaption>
        </figure>
        """;
}
