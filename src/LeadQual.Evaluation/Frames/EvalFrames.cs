using LeadQual.Evaluation.Running;
using Microsoft.Data.Analysis;

namespace LeadQual.Evaluation.Frames;

/// <summary>An evaluation run as DataFrames: the headline figures, every decision, the worst errors and the cost per prompt version.</summary>
public static class EvalFrames
{
    /// <summary>One row per headline metric, named as in metrics.json, with its 95 % interval when the run has one.</summary>
    public static DataFrame Summary(EvalMetrics metrics)
    {
        (string Metric, double? Value)[] rows =
        [
            ("decomposition.precision", metrics.Decomposition.Precision),
            ("decomposition.recall", metrics.Decomposition.Recall),
            ("decomposition.f1", metrics.Decomposition.F1),
            ("decomposition.classification_accuracy", metrics.Decomposition.ClassificationAccuracy),
            ("assessment.accuracy", metrics.Assessment.Accuracy),
            ("assessment.precision", metrics.Assessment.Precision),
            ("assessment.recall", metrics.Assessment.Recall),
            ("assessment.false_positive_rate", metrics.Assessment.FalsePositiveRate),
            ("assessment.ece", metrics.Assessment.Ece),
            ("assessment.brier", metrics.Assessment.Brier),
            ("rating.exact", metrics.Rating.Exact),
            ("rating.within_one", metrics.Rating.WithinOne),
            ("cost.usd", (double)metrics.Cost.CostUsd),
            ("failures", metrics.Failures),
        ];
        return new DataFrame(
            new StringDataFrameColumn("metric", rows.Select(r => r.Metric)),
            new DoubleDataFrameColumn("value", rows.Select(r => r.Value is { } v ? Math.Round(v, 4) : (double?)null)),
            new DoubleDataFrameColumn("ci_low", rows.Select(r => metrics.Intervals.TryGetValue(r.Metric, out var i) ? i.Low : (double?)null)),
            new DoubleDataFrameColumn("ci_high", rows.Select(r => metrics.Intervals.TryGetValue(r.Metric, out var i) ? i.High : (double?)null)));
    }

    /// <summary>Every step-3.1 decision on a gold requirement beside its gold label.</summary>
    public static DataFrame Decisions(IEnumerable<RequirementDecision> decisions)
    {
        var list = decisions.ToList();
        return new DataFrame(
            new StringDataFrameColumn("pair", list.Select(d => d.Pair)),
            new StringDataFrameColumn("requirement_id", list.Select(d => d.RequirementId)),
            new StringDataFrameColumn("requirement", list.Select(d => d.Requirement)),
            new StringDataFrameColumn("classification", list.Select(d => d.Classification)),
            new BooleanDataFrameColumn("gold", list.Select(d => (bool?)d.Gold)),
            new BooleanDataFrameColumn("predicted", list.Select(d => (bool?)d.Predicted)),
            new DoubleDataFrameColumn("confidence", list.Select(d => (double?)Math.Round(d.Confidence, 3))),
            new StringDataFrameColumn("evidence", list.Select(d => d.Evidence)),
            new StringDataFrameColumn("reasoning", list.Select(d => d.Reasoning)));
    }

    /// <summary>
    /// The wrong decisions worth reading first: the most confident wrong answers, false positives (a match the
    /// gold label denies) before false negatives at equal confidence, at most <paramref name="count"/>.
    /// </summary>
    public static DataFrame WorstErrors(EvalResult result, int count = 15) =>
        Decisions(result.Decisions.Where(d => !d.Correct)
            .OrderByDescending(d => d.Confidence)
            .ThenByDescending(d => d.Predicted)
            .ThenBy(d => d.Pair, StringComparer.Ordinal)
            .ThenBy(d => d.RequirementId, StringComparer.Ordinal)
            .Take(count));

    /// <summary>Calls, tokens, cost and median latency per step and prompt version.</summary>
    public static DataFrame CostByPromptVersion(EvalMetrics metrics)
    {
        var versions = metrics.Cost.ByPromptVersion;
        return new DataFrame(
            new StringDataFrameColumn("step", versions.Select(v => v.Step)),
            new StringDataFrameColumn("prompt_version", versions.Select(v => v.PromptVersion)),
            new Int32DataFrameColumn("calls", versions.Select(v => (int?)v.Calls)),
            new Int64DataFrameColumn("input_tokens", versions.Select(v => (long?)v.InputTokens)),
            new Int64DataFrameColumn("output_tokens", versions.Select(v => (long?)v.OutputTokens)),
            new DecimalDataFrameColumn("cost_usd", versions.Select(v => (decimal?)v.CostUsd)),
            new DoubleDataFrameColumn("latency_ms_p50", versions.Select(v => v.LatencyMsP50 is { } l ? Math.Round(l, 2) : (double?)null)));
    }
}
