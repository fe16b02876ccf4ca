using System.Net;
using LeadQual.Pipeline;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace LeadQual.Evaluation.Charts;

/// <summary>One assessment as a chart: every assessed requirement's confidence, matched and unmatched apart.</summary>
public static class AssessmentCharts
{
    public static GenericChart Decisions(AssessmentRun run)
    {
        var rows = run.Result.RequiredQualifications.Select(q => (Kind: "required", q))
            .Concat(run.Result.AdditionalQualifications.Select(q => (Kind: "additional", q)))
            .Where(r => r.q.Match is not null)
            .ToList();
        GenericChart Trace(bool match) =>
            CSharpChart.Bar<double, string, string>(
                values: rows.Where(r => r.q.Match == match).Select(r => r.q.Confidence ?? 0),
                Keys: rows.Where(r => r.q.Match == match).Select(r => WebUtility.HtmlEncode($"{r.Kind}: {Short(r.q.RequirementString)}")).ToList(),
                Name: match ? "match" : "no match");
        var result = run.Result;
        return ChartLayout.Apply(CSharpChart.Combine([Trace(true), Trace(false)]),
            $"{result.JobTitle ?? result.JobId}: rating {result.Rating.ToString().ToLowerInvariant()} ({result.MatchPercentage:P0} of required matched) · {result.Engine}",
            new { title = new { text = "confidence that the decision is right" }, range = new[] { 0.0, 1.0 } },
            new { automargin = true, type = "category" },
            height: Math.Max(320, 28 * rows.Count + 120));
    }

    internal static string Short(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
