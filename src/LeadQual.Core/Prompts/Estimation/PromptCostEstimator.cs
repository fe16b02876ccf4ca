using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Llm.Tracking;
using LeadQual.Engines.Offline;
using LeadQual.Jobs;
using LeadQual.Serialization;

namespace LeadQual.Prompts.Estimation;

/// <summary>
/// Estimates what prompt versions would cost over a set of postings and a resume, with no network:
/// every version is rendered over the inputs its step would see (later steps' inputs come from the
/// offline engine's decomposition of each posting), input tokens are counted with o200k, and cost is
/// priced from <see cref="PriceTable"/>. Used by <c>leadqual prompts estimate</c> and the eval's dry run.
/// </summary>
public sealed class PromptCostEstimator(OfflineEngine offline, TokenCounter? tokens = null)
{
    private readonly TokenCounter counter = tokens ?? TokenCounter.O200k;

    /// <param name="model">Prices every version as this model (<c>--model</c>); null prices each with its own.</param>
    public async Task<IReadOnlyList<PromptEstimate>> EstimateAsync(IReadOnlyList<PromptVersion> versions, IReadOnlyList<JobPosting> postings, Resume? resume, string? model = null, CancellationToken cancellationToken = default)
    {
        var inputs = new List<StepInputs>();
        foreach (var posting in postings)
        {
            var tagged = (await offline.TagAsync(posting, cancellationToken).ConfigureAwait(false)).Value;
            var atomized = (await offline.AtomizeAsync(tagged, cancellationToken).ConfigureAwait(false)).Value;
            var classified = (await offline.ClassifyAsync(atomized, cancellationToken).ConfigureAwait(false)).Value;
            var assessable = classified.ClassifiedObjects.Where(c => c.IsAssessed).ToList();
            var assessed = resume is null ? null : (await offline.AssessAsync(assessable, resume, cancellationToken).ConfigureAwait(false)).Value;
            inputs.Add(new StepInputs(posting, tagged, atomized, classified, assessable, assessed));
        }

        var estimates = new List<PromptEstimate>();
        foreach (var version in versions)
        {
            if (version.Name == StepName.Assessing && resume is null)
            {
                continue;
            }

            long input = 0;
            long output = 0;
            foreach (var job in inputs)
            {
                var (variables, answer) = For(version.Name, job, resume);
                var user = PromptRenderer.Render(version.Template, variables, version.DisplayName);
                input += counter.CountChat(version.SystemPrompt, user);
                output += counter.Count(answer);
            }

            var priced = model ?? version.Model;
            var reasoning = (long)version.ReasoningBudget * inputs.Count;
            var cost = PriceTable.Find(priced) is { } price ? price.Cost(input, output + reasoning) : (decimal?)null;
            estimates.Add(new PromptEstimate(version, priced, inputs.Count, input, output, reasoning, cost));
        }

        return estimates;
    }

    private static (IReadOnlyDictionary<string, object?> Variables, string Answer) For(string step, StepInputs job, Resume? resume) => step switch
    {
        StepName.Tagging => (PromptInputs.Tagging(job.Posting), LeadQualJson.Serialize(job.Tagged)),
        StepName.Atomizing => (PromptInputs.Atomizing(job.Tagged), LeadQualJson.Serialize(job.Atomized)),
        StepName.Classifying => (PromptInputs.Classifying(job.Atomized), LeadQualJson.Serialize(job.Classified)),
        StepName.Assessing => (PromptInputs.Assessing(job.Assessable, resume!), LeadQualJson.Serialize(job.Assessed)),
        _ => throw new PromptException($"no dry-run inputs for step {step}"),
    };

    private sealed record StepInputs(JobPosting Posting, ResponseData_2_1 Tagged, ResponseData_2_2 Atomized, ResponseData_2_3 Classified, IReadOnlyList<ClassifiedRequirement> Assessable, ResponseData_3_1? Assessed);
}
