using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Data;
using LeadQual.Jobs;
using LeadQual.Profiles.Llm;
using LeadQual.Profiles.Offline;
using LeadQual.Prompts;
using LeadQual.Prompts.Estimation;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.DryRun;

/// <summary>
/// What <c>leadqual eval --engine llm</c> would send, with no network and no engine call: every prompt version
/// is rendered over the inputs the evaluation gives its step (2.1–2.3 once per gold posting, with later steps'
/// inputs from the offline decomposition; 3.1 twice per pair, over the gold requirements and over the offline
/// decomposition; the profile prompt once per gold resume), input tokens counted with o200k, output sized by
/// the offline engine's answers.
/// </summary>
public sealed class EvalDryRun(OfflineEngine offline, OfflineProfileEngine profiles, PromptCostEstimator estimator)
{
    public async Task<IReadOnlyList<DryRunRow>> RunAsync(EvalDataSet data, IReadOnlyList<PromptVersion> versions, string? model = null, CancellationToken cancellationToken = default)
    {
        var calls = new Dictionary<string, List<(IReadOnlyDictionary<string, object?> Variables, string Answer)>>
        {
            [StepName.Tagging] = [], [StepName.Atomizing] = [], [StepName.Classifying] = [], [StepName.Assessing] = [], [StepName.Profiling] = [],
        };
        var decompositions = new Dictionary<string, ResponseData_2_3>();
        foreach (var job in data.GoldJobs)
        {
            var file = data.Jobs[job.JobId];
            var posting = DocumentLoader.ParsePosting(file.Text, file.IsHtml, job.JobId);
            var tagged = (await offline.TagAsync(posting, cancellationToken).ConfigureAwait(false)).Value;
            calls[StepName.Tagging].Add((PromptInputs.Tagging(posting), LeadQualJson.Serialize(tagged)));
            var atomized = (await offline.AtomizeAsync(tagged, cancellationToken).ConfigureAwait(false)).Value;
            if (tagged.TaggedList.Count > 0)
            {
                calls[StepName.Atomizing].Add((PromptInputs.Atomizing(tagged), LeadQualJson.Serialize(atomized)));
            }

            var classified = (await offline.ClassifyAsync(atomized, cancellationToken).ConfigureAwait(false)).Value;
            if (atomized.AtomicObjects.Count > 0)
            {
                calls[StepName.Classifying].Add((PromptInputs.Classifying(atomized), LeadQualJson.Serialize(classified)));
            }

            decompositions[job.JobId] = classified;
        }

        var goldJobs = data.GoldJobs.ToDictionary(j => j.JobId);
        foreach (var pair in data.GoldPairs)
        {
            var resume = new Resume(pair.ResumeId, data.Resumes[pair.ResumeId].Text);
            var gold = goldJobs[pair.JobId].Requirements
                .Where(r => r.Classification != RequirementClassification.EvaluatedQualification)
                .Select(r => new ClassifiedRequirement(r.Text, r.Classification, r.AnyOf))
                .ToList();
            var endToEnd = decompositions[pair.JobId].ClassifiedObjects.Where(c => c.IsAssessed).ToList();
            foreach (var requirements in new[] { gold, endToEnd }.Where(r => r.Count > 0))
            {
                var answer = (await offline.AssessAsync(requirements, resume, cancellationToken).ConfigureAwait(false)).Value;
                calls[StepName.Assessing].Add((PromptInputs.Assessing(requirements, resume), LeadQualJson.Serialize(answer)));
            }
        }

        foreach (var gold in data.GoldResumes)
        {
            var resume = new Resume(gold.ResumeId, data.Resumes[gold.ResumeId].Text);
            calls[StepName.Profiling].Add((PromptInputs.Profiling(resume), LeadQualJson.Serialize(ProfileAnswerMapper.FromProfile(profiles.Profile(resume)))));
        }

        var rows = new List<DryRunRow>();
        foreach (var version in versions.Where(v => calls.ContainsKey(v.Name)))
        {
            var (unit, units) = version.Name switch
            {
                StepName.Assessing => ("pair", data.GoldPairs.Count),
                StepName.Profiling => ("resume", data.GoldResumes.Count),
                _ => ("posting", data.GoldJobs.Count),
            };
            rows.Add(new DryRunRow(estimator.Estimate(version, calls[version.Name], model), unit, units));
        }

        return rows;
    }
}
