using System.Globalization;
using LeadQual.Evaluation.Running;
using System.Text.Json.Nodes;

namespace LeadQual.Evaluation.Charts;

/// <summary>
/// The charts of an evaluation run, built once for both readers: the accuracy notebook displays them and
/// report.html (<c>leadqual eval</c>) embeds them. Every title names the engine and model whose figures it
/// draws; charts over several runs label each bar group or line with its engine · model · prompt version.
/// </summary>
public static class EvalCharts
{
    private static readonly string[] RatingOrder = ["low", "medium", "high"];

    /// <summary>
    /// Precision, recall and false-positive rate of the step-3.1 match decisions per engine · model · prompt
    /// version, each from its latest run in <paramref name="runs"/> (oldest first); one run gives one group,
    /// and the title then names its engine, model and prompt version.
    /// </summary>
    public static PlotlyFigure ScoresByPromptVersion(IReadOnlyList<EvalMetrics> runs)
    {
        var latest = runs.GroupBy(RunLabel).Select(g => g.Last()).ToList();
        var labels = latest.Select(r => ChartLayout.Label(RunLabel(r))).ToList();
        JsonObject[] chart =
        [
            ScoreColumn("precision", labels, latest.Select(r => r.Assessment.Precision).ToList()),
            ScoreColumn("recall", labels, latest.Select(r => r.Assessment.Recall).ToList()),
            ScoreColumn("false-positive rate", labels, latest.Select(r => r.Assessment.FalsePositiveRate).ToList()),
        ];
        var title = latest.Count == 1
            ? $"Match decisions (step 3.1) · {RunLabel(latest[0])}"
            : "Match decisions (step 3.1) per engine · model · prompt version, latest run of each";
        return ChartLayout.Apply(chart, title,
            new { title = new { text = "engine · model · prompt version" }, type = "category" },
            new { title = new { text = "score" }, range = new[] { 0.0, 1.05 } },
            extra: new { barmode = "group" });
    }

    /// <summary>Step-3.1 decision confidence against observed accuracy per confidence bin, with the confidence histogram.</summary>
    public static PlotlyFigure Reliability(EvalMetrics metrics)
    {
        var assessment = metrics.Assessment;
        return ReliabilityDiagram.Build(
            assessment.Reliability,
            "decisions in bin",
            "accuracy vs mean confidence",
            $"Reliability diagram, {assessment.N} decisions, ECE over {assessment.EceBins} equal-width bins = {ChartLayout.Score(assessment.Ece)} · {metrics.Engine} · {metrics.Model}",
            "accuracy (share of decisions right)",
            "decisions (histogram)");
    }

    /// <summary>
    /// Inferred-skill confidence against correctness: the share of inferred skills the gold lists as the
    /// candidate's (inferred or explicit) per confidence bin, with the confidence histogram.
    /// </summary>
    /// <exception cref="ArgumentException">The run did not measure profiles (<see cref="EvalMetrics.Profile"/> is null).</exception>
    public static PlotlyFigure InferredSkillReliability(EvalMetrics metrics)
    {
        var profile = metrics.Profile ?? throw new ArgumentException("this run did not measure profiles, so it has no inferred-skill reliability", nameof(metrics));
        var bins = profile.InferredReliability;
        return ReliabilityDiagram.Build(
            bins,
            "inferred skills in bin",
            "share in gold vs mean confidence",
            $"Inferred-skill reliability, {bins.Sum(b => b.Count)} skills, ECE over {bins.Count} equal-width bins = {ChartLayout.Score(profile.InferredEce)} · {metrics.Engine} · {metrics.Model}",
            "share of inferred skills the gold lists",
            "inferred skills (histogram)");
    }

    /// <summary>Gold rating (rows) against the end-to-end rating (columns), pairs counted in each cell.</summary>
    public static PlotlyFigure RatingConfusion(EvalMetrics metrics)
    {
        var rating = metrics.Rating;
        var z = RatingOrder.Select(gold => RatingOrder.Select(predicted => rating.Confusion.Where(c => c.Gold == gold && c.Predicted == predicted).Sum(c => c.Count)).ToList()).ToList();
        // A light scale keeps the dark count labels readable in every cell.
        var chart = PlotlyTrace.Heatmap("pairs", RatingOrder, RatingOrder, z)
            .With("colorscale", new object[] { new object[] { 0, "#f0f4f8" }, new object[] { 1, "#5b9bd5" } });
        var counts = z.SelectMany((row, y) => row.Select((count, x) => new { x, y, showarrow = false, text = count.ToString(CultureInfo.InvariantCulture) })).ToList();
        return ChartLayout.Apply([chart], $"Rating confusion (end to end), {rating.N} pairs · {metrics.Engine} · {metrics.Model}",
            new { title = new { text = "predicted rating" }, type = "category" },
            new { title = new { text = "gold rating" }, type = "category" },
            height: 440,
            extra: new { annotations = counts });
    }

    /// <summary>Calls, input / output / reasoning tokens and cost (USD, right axis) per step and prompt version.</summary>
    public static PlotlyFigure CostByPromptVersion(EvalMetrics metrics)
    {
        var versions = metrics.Cost.ByPromptVersion;
        var labels = versions.Select(v => ChartLayout.Label($"{v.Step} · {v.PromptVersion}")).ToList();
        JsonObject[] chart =
        [
            PlotlyTrace.Bar("calls", labels, versions.Select(v => (long)v.Calls)),
            PlotlyTrace.Bar("input tokens", labels, versions.Select(v => v.InputTokens)),
            PlotlyTrace.Bar("output tokens", labels, versions.Select(v => v.OutputTokens)),
            PlotlyTrace.Bar("reasoning tokens", labels, versions.Select(v => v.ReasoningTokens)),
            PlotlyTrace.Line("cost (USD, right axis)", labels, versions.Select(v => (double)v.CostUsd), markers: true).With("yaxis", "y2"),
        ];
        return ChartLayout.Apply(chart, $"Calls, tokens and cost per step and prompt version · {metrics.Engine} · {metrics.Model}",
            new { title = new { text = "step · prompt version" }, type = "category" },
            new { title = new { text = "calls / tokens" }, rangemode = "tozero" },
            extra: new { barmode = "group", yaxis2 = new { title = new { text = "USD" }, overlaying = "y", side = "right", showgrid = false, rangemode = "tozero" } });
    }

    /// <summary>Precision, recall and ECE of step 3.1 over time, one line per metric and engine · model · prompt version.</summary>
    public static PlotlyFigure Trend(IReadOnlyList<EvalMetrics> runs)
    {
        var traces = new List<JsonObject>();
        var groups = runs.GroupBy(RunLabel).ToList();
        foreach (var group in groups)
        {
            var at = group.Select(r => r.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).ToList();
            var label = ChartLayout.Label(group.Key);
            traces.Add(TrendLine($"{label}: precision", group, at, r => r.Assessment.Precision));
            traces.Add(TrendLine($"{label}: recall", group, at, r => r.Assessment.Recall));
            traces.Add(TrendLine($"{label}: ECE", group, at, r => r.Assessment.Ece));
        }

        var title = groups.Count == 1
            ? $"Runs over time · {groups[0].Key}: precision, recall and ECE of step 3.1"
            : "Runs over time per engine · model · prompt version: precision, recall and ECE of step 3.1";
        return ChartLayout.Apply(traces, title,
            new { title = new { text = "run time (UTC)" }, type = "date" },
            new { title = new { text = "score" }, range = new[] { 0.0, 1.05 } },
            height: 460);
    }

    /// <summary>Score bars printed with their value, "n/a" where a score could not be measured (drawn as 0).</summary>
    internal static JsonObject ScoreColumn(string name, IReadOnlyList<string> labels, IReadOnlyList<double?> values) =>
        PlotlyTrace.Bar(name, labels, values.Select(v => v ?? 0), text: values.Select(ChartLayout.Score));

    /// <summary>What a bar group or a trend line is labelled with: the engine, the model and the prompt version that produced it.</summary>
    private static string RunLabel(EvalMetrics run) => $"{run.Engine} · {run.Model} · {run.PromptVersion}";

    private static JsonObject TrendLine(string name, IEnumerable<EvalMetrics> runs, IReadOnlyList<string> at, Func<EvalMetrics, double?> value)
    {
        var points = runs.Zip(at).Where(p => value(p.First) is not null).ToList();
        return PlotlyTrace.Line(name, points.Select(p => p.Second), points.Select(p => value(p.First)!.Value), markers: true);
    }
}
