using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Running;
using LeadQual.Prompts;
using LeadQual.Prompts.Estimation;
using LeadQual.Taxonomy;

namespace LeadQual.Evaluation.Prompts;

/// <summary>Tries prompt versions on a slice of the labelled set: a dry run offline, or a real evaluation with an LLM engine.</summary>
public static class PromptTrials
{
    /// <summary>
    /// Renders every version for every pair of the slice (the steps' inputs come from the offline engine)
    /// and counts tokens and cost as <c>leadqual prompts estimate</c> does. No model is called.
    /// </summary>
    public static async Task<IReadOnlyList<PromptTrial>> EstimateAsync(IReadOnlyList<PromptVersion> versions, EvalDataSet slice, CancellationToken cancellationToken = default)
    {
        var estimator = new PromptCostEstimator(new OfflineEngine());
        var trials = new List<PromptTrial>();
        foreach (var version in versions)
        {
            long input = 0, output = 0;
            decimal? cost = 0;
            foreach (var pair in slice.GoldPairs)
            {
                var job = slice.Jobs[pair.JobId];
                var posting = DocumentLoader.ParsePosting(job.Text, job.IsHtml, pair.JobId);
                var resume = new Resume(pair.ResumeId, slice.Resumes[pair.ResumeId].Text);
                foreach (var estimate in await estimator.EstimateAsync([version], [posting], resume, cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    input += estimate.InputTokens;
                    output += estimate.EstimatedOutputTokens + estimate.ReasoningBudgetTokens;
                    cost = cost is null || estimate.EstimatedCostUsd is null ? null : cost + estimate.EstimatedCostUsd;
                }
            }

            trials.Add(new PromptTrial(version.Label, version.Id, "dry run", version.Model, slice.GoldPairs.Count, input, output, cost, null, null, null, null, null));
        }

        return trials;
    }

    /// <summary>Evaluates the slice once per version with the engine <paramref name="engineFor"/> builds for it.</summary>
    public static async Task<IReadOnlyList<PromptTrial>> RunAsync(IReadOnlyList<PromptVersion> versions, EvalDataSet slice, Func<PromptVersion, IAssessmentEngine> engineFor, CancellationToken cancellationToken = default)
    {
        var trials = new List<PromptTrial>();
        foreach (var version in versions)
        {
            var engine = engineFor(version);
            var result = await new EvalRunner(engine, TaxonomyLoader.Default, TimeProvider.System)
                .RunAsync(slice, new EvalOptions { PromptVersion = version.Label, Concurrency = 4 }, cancellationToken: cancellationToken).ConfigureAwait(false);
            var m = result.Metrics;
            trials.Add(new PromptTrial(version.Label, version.Id, "llm", m.Model, m.Rating.N, m.Cost.InputTokens, m.Cost.OutputTokens + m.Cost.ReasoningTokens, m.Cost.CostUsd,
                m.Assessment.Accuracy, m.Assessment.Precision, m.Assessment.Recall, m.Assessment.Ece, m.Rating.Exact)
            {
                Units = Units.EvalUnits.Of(result),
            });
            (engine as IDisposable)?.Dispose();
        }

        return trials;
    }
}
