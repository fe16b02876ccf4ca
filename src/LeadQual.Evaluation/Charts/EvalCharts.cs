using System.Net;
using LeadQual.Evaluation.Running;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace LeadQual.Evaluation.Charts;

/// <summary>The accuracy report's charts for notebooks: decision scores, the reliability diagram and cost per prompt version.</summary>
public static class EvalCharts
{
    /// <summary>Precision, recall, accuracy and false-positive rate of the step-3.1 decisions, beside the decomposition's precision, recall and F1.</summary>
    public static GenericChart PrecisionRecall(EvalMetrics metrics)
    {
        string[] labels = ["precision", "recall", "F1 / accuracy", "false-positive rate"];
        var a = metrics.Assessment;
        var d = metrics.Decomposition;
        var chart = CSharpChart.Combine(
        [
            Bars("step 3.1 match decisions", labels, [a.Precision, a.Recall, a.Accuracy, a.FalsePositiveRate]),
            Bars("decomposition (2.1–2.3)", labels, [d.Precision, d.Recall, d.F1, null]),
        ]);
        return ChartLayout.Apply(chart, $"Precision and recall · {metrics.Engine} · {metrics.Model} · {metrics.PromptVersion}",
            new { title = new { text = "metric" }, type = "category" },
            new { title = new { text = "score" }, range = new[] { 0.0, 1.05 } },
            extra: new { barmode = "group" });
    }

    /// <summary>Mean confidence against observed accuracy per confidence bin, with the diagonal of perfect calibration.</summary>
    public static GenericChart Reliability(EvalMetrics metrics)
    {
        var bins = metrics.Assessment.Reliability.Where(b => b.Count > 0 && b.MeanConfidence is not null && b.Accuracy is not null).ToList();
        var observed = CSharpChart.Line<double, double, string>(
            x: bins.Select(b => b.MeanConfidence!.Value),
            y: bins.Select(b => b.Accuracy!.Value),
            ShowMarkers: true,
            Name: "accuracy per confidence bin",
            MultiText: bins.Select(b => $"{b.Count} decisions").ToList());
        var diagonal = ChartLayout.WithTraceProperty(
            CSharpChart.Line<double, double, string>(x: [0.0, 1.0], y: [0.0, 1.0], Name: "perfect calibration"),
            "line", new { dash = "dash", color = "gray" });
        var ece = metrics.Assessment.Ece is { } e ? e.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "n/a";
        return ChartLayout.Apply(CSharpChart.Combine([diagonal, observed]), $"Reliability diagram · ECE {ece} over {metrics.Assessment.N} decisions",
            new { title = new { text = "stated confidence (bin mean)" }, range = new[] { 0.0, 1.0 } },
            new { title = new { text = "observed accuracy" }, range = new[] { 0.0, 1.05 } },
            height: 460);
    }

    /// <summary>Calls, tokens and cost (USD) per step and prompt version.</summary>
    public static GenericChart CostByPromptVersion(EvalMetrics metrics)
    {
        var versions = metrics.Cost.ByPromptVersion;
        var labels = versions.Select(v => WebUtility.HtmlEncode($"{v.Step} · {v.PromptVersion}")).ToList();
        var chart = CSharpChart.Combine(
        [
            CSharpChart.Column<long, string, string>(values: versions.Select(v => (long)v.Calls), Keys: labels, Name: "calls"),
            CSharpChart.Column<long, string, string>(values: versions.Select(v => v.InputTokens + v.OutputTokens + v.ReasoningTokens), Keys: labels, Name: "tokens"),
            ChartLayout.WithTraceProperty(
                CSharpChart.Line<string, double, string>(x: labels, y: versions.Select(v => (double)v.CostUsd), ShowMarkers: true, Name: "cost (USD, right axis)"),
                "yaxis", "y2"),
        ]);
        return ChartLayout.Apply(chart, $"Cost per prompt version · {metrics.Engine} · {metrics.Model}",
            new { title = new { text = "step · prompt version" }, type = "category" },
            new { title = new { text = "calls / tokens" }, rangemode = "tozero" },
            extra: new { barmode = "group", yaxis2 = new { title = new { text = "USD" }, overlaying = "y", side = "right", rangemode = "tozero" } });
    }

    internal static GenericChart Bars(string name, IReadOnlyList<string> labels, IReadOnlyList<double?> values) =>
        ChartLayout.WithTraceProperty(
            CSharpChart.Column<double, string, string>(values: values.Select(v => v ?? 0), Keys: labels.ToArray(), Name: name),
            "text", values.Select(v => v is null ? "n/a" : v.Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)).ToList());
}
