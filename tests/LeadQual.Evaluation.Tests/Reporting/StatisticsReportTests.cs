using System.Text.RegularExpressions;
using LeadQual.Evaluation.Comparison;
using LeadQual.Evaluation.Reporting;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Slices;
using LeadQual.Evaluation.Statistics;
using LeadQual.Evaluation.Tests.Support;
using LeadQual.Evaluation.Units;

namespace LeadQual.Evaluation.Tests.Reporting;

/// <summary>The report's statistics: intervals beside the figures, slices weakest first, the comparison with a baseline.</summary>
public sealed class StatisticsReportTests
{
    private static readonly IReadOnlyList<EvalMetrics> NoHistory = [];

    private static EvalResult WithStatistics()
    {
        var result = EvalResultBuilder.Offline();
        var units = EvalUnits.Of(result);
        return result with
        {
            Metrics = result.Metrics with
            {
                Intervals = MetricCatalog.Intervals(units),
                IntervalMethod = "test bootstrap",
                Slices =
                [
                    new SliceMetrics("field", "data", 1, 2, 4, 0, new Dictionary<string, double> { ["assessment.accuracy"] = 0.9 }, new Dictionary<string, Interval> { ["assessment.accuracy"] = new(0.8, 0.97) }),
                    new SliceMetrics("requirement_kind", "years", 0, 2, 2, 0, new Dictionary<string, double> { ["assessment.accuracy"] = 0.4 }, new Dictionary<string, Interval> { ["assessment.accuracy"] = new(0.1, 0.7) }),
                ],
            },
        };
    }

    [Fact]
    public void Render_RunWithIntervals_ShowsEachFigureWithItsInterval()
    {
        var result = WithStatistics();
        var accuracy = result.Metrics.Intervals["assessment.accuracy"];

        var html = EvalHtmlReport.Render(result, NoHistory);

        Assert.Contains($"<td>0.500 {accuracy}</td>", html, StringComparison.Ordinal);
        Assert.Contains("95 % intervals: test bootstrap", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Slices_WeakestFirst()
    {
        var html = EvalHtmlReport.Render(WithStatistics(), NoHistory);

        var slices = Regex.Match(html, "<section id=\"slices\">.*?</section>", RegexOptions.Singleline).Value;
        Assert.True(slices.IndexOf("requirement_kind: years", StringComparison.Ordinal) < slices.IndexOf("field: data", StringComparison.Ordinal), slices);
        Assert.Contains("0.400 [0.100, 0.700]", slices, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithAComparison_HasTheComparisonSectionNamingBothRuns()
    {
        var result = WithStatistics();
        var units = EvalUnits.Of(result);
        var comparison = RunComparison.Of(units, units, "eval-data/baseline.json", "this run");

        var html = EvalHtmlReport.Render(result, NoHistory, comparison: comparison);

        var section = Regex.Match(html, "<section id=\"comparison\">.*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("A = eval-data/baseline.json (offline &#183; offline/1.0.0 &#183; offline-rules/1.0.0)", section, StringComparison.Ordinal);
        Assert.Contains("<td>assessment.accuracy</td><td>3 pairs</td><td>0.500</td><td>0.500</td><td>0.000</td><td>[0.000, 0.000]</td><td>no detectable change</td>", section, StringComparison.Ordinal);
        Assert.Contains("0 decision(s) flipped", section, StringComparison.Ordinal);
    }
}
