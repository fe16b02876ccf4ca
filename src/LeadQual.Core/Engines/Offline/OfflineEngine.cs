using LeadQual.Documents;
using LeadQual.Engines.Offline.Assessing;
using LeadQual.Engines.Offline.Atomizing;
using LeadQual.Engines.Offline.Classifying;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Engines.Offline.Tagging;
using LeadQual.Jobs;
using LeadQual.Serialization;
using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline;

/// <summary>
/// The default engine: deterministic rules over the skill taxonomy, no network, no cost. Each step is
/// recorded as a call with zero tokens so run tracking looks the same for every engine.
/// </summary>
public sealed class OfflineEngine : IAssessmentEngine
{
    public const string Version = "1.1.0";

    private readonly TimeProvider clock;
    private readonly RequirementAtomizer atomizer;
    private readonly RequirementAssessor assessor;
    private readonly ResumeAnalyzer analyzer;

    public OfflineEngine(SkillTaxonomy? taxonomy = null, TimeProvider? clock = null)
    {
        var skills = taxonomy ?? TaxonomyLoader.Default;
        this.clock = clock ?? TimeProvider.System;
        atomizer = new RequirementAtomizer(skills);
        assessor = new RequirementAssessor(skills);
        analyzer = new ResumeAnalyzer(skills, this.clock);
    }

    public EngineIdentity Identity { get; } = new("offline", $"offline/{Version}");

    public ResumeAnalyzer Analyzer => analyzer;

    public Task<StepOutcome<ResponseData_2_1>> TagAsync(JobPosting posting, CancellationToken cancellationToken = default) =>
        Run(StepName.Tagging, posting.Description, () => PostingTagger.Tag(posting));

    public Task<StepOutcome<ResponseData_2_2>> AtomizeAsync(ResponseData_2_1 tagged, CancellationToken cancellationToken = default) =>
        Run(StepName.Atomizing, LeadQualJson.Serialize(tagged), () => atomizer.Atomize(tagged));

    public Task<StepOutcome<ResponseData_2_3>> ClassifyAsync(ResponseData_2_2 atomized, CancellationToken cancellationToken = default) =>
        Run(StepName.Classifying, LeadQualJson.Serialize(atomized), () => RequirementClassifier.Classify(atomized));

    public Task<StepOutcome<ResponseData_3_1>> AssessAsync(IReadOnlyList<ClassifiedRequirement> requirements, Resume resume, CancellationToken cancellationToken = default) =>
        Run(StepName.Assessing, LeadQualJson.Serialize(new { requirements = requirements.Select(r => r.RequirementString), resume_id = resume.ResumeId }), () =>
        {
            var facts = analyzer.Analyze(resume.Text);
            return new ResponseData_3_1(requirements.Select(r => assessor.Assess(r.RequirementString, facts)).ToList());
        });

    private Task<StepOutcome<T>> Run<T>(string step, string input, Func<T> answer)
    {
        var start = clock.GetUtcNow();
        var value = answer();
        var call = new StepCall(step, Identity.Model, PromptId: null, input, LeadQualJson.Serialize(value), start, clock.GetUtcNow());
        return Task.FromResult(new StepOutcome<T>(value, [call]));
    }
}
