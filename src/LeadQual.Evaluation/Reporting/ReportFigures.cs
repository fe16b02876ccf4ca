using LeadQual.Evaluation.Charts;
using LeadQual.Evaluation.Running;

namespace LeadQual.Evaluation.Reporting;

/// <summary>
/// The report's figures: each is a chart of <see cref="EvalCharts"/>, built exactly as the notebooks build it,
/// under the name the page and its tests find it by and a caption saying what it draws.
/// </summary>
internal static class ReportFigures
{
    public static ReportFigure ScoresByPromptVersion(IReadOnlyList<EvalMetrics> runs) =>
        new("scores", "Bars per engine, model and prompt version; each from its most recent run in eval_runs (the current run included).", EvalCharts.ScoresByPromptVersion(runs));

    public static ReportFigure Reliability(EvalMetrics metrics) =>
        new("reliability", $"Step 3.1 decision confidence against observed accuracy, {metrics.Assessment.N} decisions, ECE over {metrics.Assessment.EceBins} equal-width bins; the bars are the confidence histogram (right axis).", EvalCharts.Reliability(metrics));

    public static ReportFigure InferredSkillReliability(EvalMetrics metrics, ProfileMetrics profile) =>
        new("profile-reliability", $"Confidence of {profile.InferredReliability.Sum(b => b.Count)} inferred skills over {profile.Resumes} resumes against the share the gold lists as the candidate's (inferred or explicit), ECE over {profile.InferredReliability.Count} equal-width bins; the bars are the confidence histogram (right axis).", EvalCharts.InferredSkillReliability(metrics));

    public static ReportFigure RatingConfusion(EvalMetrics metrics) =>
        new("rating-confusion", "Gold rating (rows) against the engine's end-to-end rating (columns); the diagonal is agreement. Pairs that failed are not in the matrix.", EvalCharts.RatingConfusion(metrics));

    public static ReportFigure CostByPromptVersion(EvalMetrics metrics) =>
        new("cost", "Calls, input / output / reasoning tokens and cost (USD, right axis) of every engine call in the run, grouped by step and prompt version.", EvalCharts.CostByPromptVersion(metrics));

    public static ReportFigure Trend(IReadOnlyList<EvalMetrics> runs) =>
        new("trend", $"{runs.Count} runs from eval_runs, one line per metric and engine · model · prompt version.", EvalCharts.Trend(runs));
}
