using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Offline.Requirements;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Serialization;
using LeadQual.Taxonomy;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// The default profile engine: deterministic rules over the resume as <see cref="ResumeAnalyzer"/> reads it,
/// the taxonomy and the inference rules. One zero-token call per resume, so cost tracking looks the same as
/// for an LLM engine.
/// </summary>
public sealed class OfflineProfileEngine : IProfileEngine
{
    public const string Version = "1.1.0";
    public const string StepName = "profile";

    private readonly TimeProvider clock;
    private readonly ResumeAnalyzer analyzer;
    private readonly ExplicitSkillFinder explicitFinder;
    private readonly SkillInferrer inferrer;

    public OfflineProfileEngine(SkillTaxonomy? taxonomy = null, IReadOnlyList<InferenceRule>? rules = null, TimeProvider? clock = null)
    {
        var skills = taxonomy ?? TaxonomyLoader.Default;
        var inference = rules ?? InferenceRules.Default;
        this.clock = clock ?? TimeProvider.System;
        analyzer = new ResumeAnalyzer(skills, this.clock);
        explicitFinder = new ExplicitSkillFinder(skills, inference);
        inferrer = new SkillInferrer(skills, inference);
    }

    public EngineIdentity Identity { get; } = new("offline", $"offline/{Version}");

    public Task<StepOutcome<CandidateProfile>> ProfileAsync(Resume resume, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var start = clock.GetUtcNow();
        var profile = Profile(resume);
        var call = new StepCall(StepName, Identity.Model, PromptId: null, LeadQualJson.Serialize(new { resume_id = resume.ResumeId }), LeadQualJson.Serialize(profile), start, clock.GetUtcNow());
        return Task.FromResult(new StepOutcome<CandidateProfile>(profile, [call]));
    }

    public CandidateProfile Profile(Resume resume)
    {
        var facts = analyzer.Analyze(resume.Text);
        var extraction = QualityValidator.CheckExtraction(facts);
        var explicitSkills = explicitFinder.Find(facts, extraction);
        var inferredSkills = inferrer.Infer(facts, explicitSkills);
        var quality = QualityValidator.Validate(facts, explicitSkills.Count, extraction);
        var degree = facts.Degrees.Count == 0 ? DegreeLevel.None : facts.Degrees.Max(d => d.Level);
        var metadata = new ProcessingMetadata(clock.GetUtcNow(), $"leadqual-profile/{Version}", Identity.Engine, Identity.Model, PromptVersion: null);
        return new CandidateProfile(
            resume.ResumeId,
            explicitSkills,
            inferredSkills,
            TrajectoryBuilder.Build(facts),
            LeadershipReader.Read(facts),
            quality.AnalysisConfidence,
            quality.Flags,
            quality.ContentRichness,
            DegreePatterns.Code(degree),
            metadata);
    }
}
