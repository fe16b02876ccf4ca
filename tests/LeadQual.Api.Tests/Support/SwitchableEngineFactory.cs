using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Offline;
using LeadQual.Jobs;

namespace LeadQual.Api.Tests.Support;

/// <summary>The offline engine, except that step 3.1 fails (as a provider outage would) while <see cref="Failing"/> is set.</summary>
public sealed class SwitchableEngineFactory : IAssessmentEngineFactory, IAssessmentEngine
{
    private readonly OfflineEngine offline = new();

    public bool Failing { get; set; }

    public EngineIdentity Identity => offline.Identity;

    public IAssessmentEngine Create() => this;

    public Task<StepOutcome<ResponseData_2_1>> TagAsync(JobPosting posting, CancellationToken cancellationToken = default) => offline.TagAsync(posting, cancellationToken);

    public Task<StepOutcome<ResponseData_2_2>> AtomizeAsync(ResponseData_2_1 tagged, CancellationToken cancellationToken = default) => offline.AtomizeAsync(tagged, cancellationToken);

    public Task<StepOutcome<ResponseData_2_3>> ClassifyAsync(ResponseData_2_2 atomized, CancellationToken cancellationToken = default) => offline.ClassifyAsync(atomized, cancellationToken);

    public Task<StepOutcome<ResponseData_3_1>> AssessAsync(IReadOnlyList<ClassifiedRequirement> requirements, Resume resume, CancellationToken cancellationToken = default) =>
        Failing
            ? throw new EngineException(QuarantineReasons.FailedGenerateAssessment, "step 3.1: the provider answered 503 three times")
            : offline.AssessAsync(requirements, resume, cancellationToken);
}
