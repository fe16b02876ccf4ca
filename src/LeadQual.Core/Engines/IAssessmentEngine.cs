using LeadQual.Documents;
using LeadQual.Jobs;

namespace LeadQual.Engines;

/// <summary>Answers the seed's four steps. The offline engine and the LLM engine both implement it.</summary>
public interface IAssessmentEngine
{
    EngineIdentity Identity { get; }

    /// <summary>Step 2.1: required and additional qualifications as written in the posting.</summary>
    Task<StepOutcome<ResponseData_2_1>> TagAsync(JobPosting posting, CancellationToken cancellationToken = default);

    /// <summary>Step 2.2: atomic requirements, alternatives grouped by any_of.</summary>
    Task<StepOutcome<ResponseData_2_2>> AtomizeAsync(ResponseData_2_1 tagged, CancellationToken cancellationToken = default);

    /// <summary>Step 2.3: required, additional or evaluated qualification.</summary>
    Task<StepOutcome<ResponseData_2_3>> ClassifyAsync(ResponseData_2_2 atomized, CancellationToken cancellationToken = default);

    /// <summary>Step 3.1: one decision per requirement given, in the same order.</summary>
    Task<StepOutcome<ResponseData_3_1>> AssessAsync(IReadOnlyList<ClassifiedRequirement> requirements, Resume resume, CancellationToken cancellationToken = default);
}
