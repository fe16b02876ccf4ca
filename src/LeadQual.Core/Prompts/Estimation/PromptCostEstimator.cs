using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Llm.Tracking;
using LeadQual.Engines.Offline;
using LeadQual.Jobs;
using LeadQual.Profiles.Llm;
using LeadQual.Profiles.Offline;
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
    private readonly Lazy<OfflineProfileEngine> profiles = new(() => new OfflineProfileEngine());

    /// <summary>Sizes the profile prompt's answers.</summary>
    private OfflineProfileEngine Profiles => profiles.Value;

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
            if (version.Name is StepName.Assessing or StepName.Profiling && resume is null)
            {
                continue;
            }

            var calls = version.Name == StepName.Profiling
                ? [(PromptInputs.Profiling(resume!), LeadQualJson.Serialize(ProfileAnswerMapper.FromProfile(Profiles.Profile(resume!))))]
                : inputs.Select(job => For(version.Name, job, resume)).ToList();
            estimates.Add(Estimate(version, calls, model));
        }

        return estimates;
    }

    /// <summary>
    /// One version rendered over the given calls' variables; output sized by the given answers; reasoning at the
    /// version's budget per call; <see cref="PromptEstimate.Jobs"/> is the number of calls.
    /// </summary>
    public PromptEstimate Estimate(PromptVersion version, IReadOnlyList<(IReadOnlyDictionary<string, object?> Variables, string Answer)> calls, string? model = null)
    {
        long input = 0;
        long output = 0;
        foreach (var (variables, answer) in calls)
        {
            var user = PromptRenderer.Render(version.Template, variables, version.DisplayName);
            input += counter.CountChat(version.SystemPrompt, user);
            output += counter.Count(answer);
        }

        var priced = model ?? version.Model;
        var reasoning = (long)version.ReasoningBudget * calls.Count;
        var cost = PriceTable.Find(priced) is { } price ? price.Cost(input, output + reasoning) : (decimal?)null;
        return new PromptEstimate(version, priced, calls.Count, input, output, reasoning, cost);
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
