using System.Globalization;
using LeadQual.Evaluation.Metrics;
using LeadQual.Evaluation.Running;
using Plotly.NET;
using static System.Net.WebUtility;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace LeadQual.Evaluation.Reporting;

/// <summary>
/// The report's charts, built with Plotly.NET. Every label is HTML-encoded before it goes into a chart:
/// plotly.js reads labels as pseudo-HTML, and the chart JSON sits inside a script element.
/// </summary>
internal static class ReportCharts
{
    private static readonly string[] RatingOrder = ["low", "medium", "high"];

    public static ReportFigure ScoresByPromptVersion(IReadOnlyList<EvalMetrics> runs)
    {
        var latest = runs.GroupBy(RunHistory.Label).Select(g => g.Last()).ToList();
        var labels = latest.Select(r => HtmlEncode(RunHistory.Label(r))).ToList();
        var chart = CSharpChart.Combine(
        [
            Column("precision", labels, latest.Select(r => r.Assessment.Precision)),
            Column("recall", labels, latest.Select(r => r.Assessment.Recall)),
            Column("false-positive rate", labels, latest.Select(r => r.Assessment.FalsePositiveRate)),
        ]);
        chart = ChartStyle.Apply(chart, "Match decisions (step 3.1) per engine · model · prompt version, latest run of each",
            new { title = new { text = "engine · model · prompt version" }, type = "category" },
            new { title = new { text = "score" }, range = new[] { 0.0, 1.05 } },
            extra: new { barmode = "group" });
        return new ReportFigure("scores", "Bars per engine, model and prompt version; each from its most recent run in eval_runs (the current run included).", chart);
    }

    public static ReportFigure Reliability(EvalMetrics metrics)
    {
        var assessment = metrics.Assessment;
        var chart = ReliabilityChart(
            assessment.Reliability,
            "decisions in bin",
            "accuracy vs mean confidence",
            HtmlEncode($"Reliability diagram, ECE over {assessment.EceBins} equal-width bins = {Number(assessment.Ece)} · {metrics.Engine} · {metrics.Model}"),
            "accuracy (share of decisions right)",
            "decisions (histogram)");
        return new ReportFigure("reliability", $"Step 3.1 decision confidence against observed accuracy, {assessment.N} decisions, ECE over {assessment.EceBins} equal-width bins; the bars are the confidence histogram (right axis).", chart);
    }

    /// <summary>Inferred-skill confidence against the share of inferred skills the gold lists as the candidate's (inferred or explicit).</summary>
    public static ReportFigure ProfileReliability(EvalMetrics metrics, ProfileMetrics profile)
    {
        var bins = profile.InferredReliability;
        var n = bins.Sum(b => b.Count);
        var chart = ReliabilityChart(
            bins,
            "inferred skills in bin",
            "share in gold vs mean confidence",
            HtmlEncode($"Inferred-skill reliability, ECE over {bins.Count} equal-width bins = {Number(profile.InferredEce)} · {metrics.Engine} · {metrics.Model}"),
            "share of inferred skills the gold lists",
            "inferred skills (histogram)");
        return new ReportFigure("profile-reliability", $"Confidence of {n} inferred skills over {profile.Resumes} resumes against the share the gold lists as the candidate's (inferred or explicit), ECE over {bins.Count} equal-width bins; the bars are the confidence histogram (right axis).", chart);
    }

    private static GenericChart ReliabilityChart(IReadOnlyList<ReliabilityBin> bins, string countName, string observedName, string title, string yTitle, string histogramTitle)
    {
        var filled = bins.Where(b => b.Count > 0 && b.MeanConfidence is not null && b.Accuracy is not null).ToList();
        var counts = CSharpChart.Column<int, double, string>(
            values: bins.Select(b => b.Count),
            Keys: bins.Select(b => Math.Round((b.Lower + b.Upper) / 2, 3)).ToList(),
            Name: countName,
            Opacity: 0.35);
        counts = ChartStyle.WithTraceProperty(counts, "yaxis", "y2");
        counts = ChartStyle.WithTraceProperty(counts, "width", 1.0 / Math.Max(1, bins.Count) * 0.9);
        var observed = CSharpChart.Line<double, double, string>(
            x: filled.Select(b => b.MeanConfidence!.Value),
            y: filled.Select(b => b.Accuracy!.Value),
            ShowMarkers: true,
            Name: observedName);
        var diagonal = CSharpChart.Line<double, double, string>(x: [0.0, 1.0], y: [0.0, 1.0], Name: "perfect calibration");
        diagonal = ChartStyle.WithTraceProperty(diagonal, "line", new { dash = "dash", color = "gray" });
        return ChartStyle.Apply(CSharpChart.Combine([counts, diagonal, observed]), title,
            new { title = new { text = "confidence (mean per bin)" }, range = new[] { 0.0, 1.0 } },
            new { title = new { text = yTitle }, range = new[] { 0.0, 1.05 } },
            height: 480,
            extra: new { yaxis2 = new { title = new { text = histogramTitle }, overlaying = "y", side = "right", showgrid = false, rangemode = "tozero" } });
    }

    public static ReportFigure RatingConfusion(EvalMetrics metrics)
    {
        var rating = metrics.Rating;
        var z = RatingOrder.Select(gold => RatingOrder.Select(predicted => rating.Confusion.Where(c => c.Gold == gold && c.Predicted == predicted).Sum(c => c.Count)).ToList()).ToList();
        var chart = CSharpChart.AnnotatedHeatmap<int, string, string, string>(
            zData: z,
            annotationText: z.Select(row => row.Select(c => c.ToString(CultureInfo.InvariantCulture))),
            X: RatingOrder,
            Y: RatingOrder,
            Name: "pairs",
            ShowScale: false);
        // A light scale keeps the dark count labels readable in every cell.
        chart = ChartStyle.WithTraceProperty(chart, "colorscale", new object[] { new object[] { 0, "#f0f4f8" }, new object[] { 1, "#5b9bd5" } });
        chart = ChartStyle.Apply(chart, HtmlEncode($"Rating confusion (end to end), {rating.N} pairs · {metrics.Engine} · {metrics.Model}"),
            new { title = new { text = "predicted rating" }, type = "category" },
            new { title = new { text = "gold rating" }, type = "category" },
            height: 440);
        return new ReportFigure("rating-confusion", "Gold rating (rows) against the engine's end-to-end rating (columns); the diagonal is agreement. Pairs that failed are not in the matrix.", chart);
    }

    public static ReportFigure CostByPromptVersion(EvalMetrics metrics)
    {
        var versions = metrics.Cost.ByPromptVersion;
        var labels = versions.Select(v => HtmlEncode($"{v.Step} · {v.PromptVersion}")).ToList();
        var chart = CSharpChart.Combine(
        [
            CSharpChart.Column<long, string, string>(values: versions.Select(v => (long)v.Calls), Keys: labels, Name: "calls"),
            CSharpChart.Column<long, string, string>(values: versions.Select(v => v.InputTokens), Keys: labels, Name: "input tokens"),
            CSharpChart.Column<long, string, string>(values: versions.Select(v => v.OutputTokens), Keys: labels, Name: "output tokens"),
            CSharpChart.Column<long, string, string>(values: versions.Select(v => v.ReasoningTokens), Keys: labels, Name: "reasoning tokens"),
        ]);
        chart = ChartStyle.Apply(chart, HtmlEncode($"Calls and tokens per step and prompt version · {metrics.Engine} · {metrics.Model}"),
            new { title = new { text = "step · prompt version" }, type = "category" },
            new { title = new { text = "count" }, rangemode = "tozero" },
            extra: new { barmode = "group" });
        return new ReportFigure("cost", "Calls and input / output / reasoning tokens of every engine call in the run, grouped by step and prompt version.", chart);
    }

    public static ReportFigure Trend(IReadOnlyList<EvalMetrics> runs)
    {
        var traces = new List<GenericChart>();
        foreach (var group in runs.GroupBy(RunHistory.Label))
        {
            var at = group.Select(r => r.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).ToList();
            var label = HtmlEncode(group.Key);
            traces.Add(TrendLine($"{label}: precision", group, at, r => r.Assessment.Precision));
            traces.Add(TrendLine($"{label}: recall", group, at, r => r.Assessment.Recall));
            traces.Add(TrendLine($"{label}: ECE", group, at, r => r.Assessment.Ece));
        }

        var chart = ChartStyle.Apply(CSharpChart.Combine(traces), "Runs over time per engine · model · prompt version: precision, recall and ECE of step 3.1",
            new { title = new { text = "run time (UTC)" }, type = "date" },
            new { title = new { text = "score" }, range = new[] { 0.0, 1.05 } },
            height: 460);
        return new ReportFigure("trend", $"{runs.Count} runs from eval_runs, one line per metric and engine · model · prompt version.", chart);
    }

    private static GenericChart Column(string name, IReadOnlyList<string> labels, IEnumerable<double?> values)
    {
        var list = values.ToList();
        var chart = CSharpChart.Column<double, string, string>(values: list.Select(v => v ?? 0), Keys: labels.ToArray(), Name: name);
        return ChartStyle.WithTraceProperty(chart, "text", list.Select(v => v is null ? "n/a" : Number(v)).ToList());
    }

    private static GenericChart TrendLine(string name, IEnumerable<EvalMetrics> runs, IReadOnlyList<string> at, Func<EvalMetrics, double?> value)
    {
        var points = runs.Zip(at).Where(p => value(p.First) is not null).ToList();
        return CSharpChart.Line<string, double, string>(x: points.Select(p => p.Second), y: points.Select(p => value(p.First)!.Value), ShowMarkers: true, Name: name);
    }

    internal static string Number(double? value) => value is null ? "n/a" : value.Value.ToString("0.000", CultureInfo.InvariantCulture);
}
