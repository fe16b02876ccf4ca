using LeadQual.Evaluation.Running;

namespace LeadQual.Evaluation.Reporting;

/// <summary>The current run and the eval_runs history as one list, oldest first, each run once.</summary>
internal static class RunHistory
{
    public static IReadOnlyList<EvalMetrics> Merge(EvalMetrics current, IEnumerable<EvalMetrics> history) =>
        history.Append(current)
            .DistinctBy(r => (r.Engine, r.Model, r.PromptVersion, r.Data, r.GeneratedAt))
            .OrderBy(r => r.GeneratedAt)
            .ToList();

    /// <summary>What a bar or a trend line is labelled with: the engine, the model and the prompt version that produced it.</summary>
    public static string Label(EvalMetrics run) => $"{run.Engine} · {run.Model} · {run.PromptVersion}";
}
