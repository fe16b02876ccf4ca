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
}
