using LeadQual.Engines;
using LeadQual.Jobs;

namespace LeadQual.Pipeline;

/// <summary>Steps 2.1–2.3 of one posting and the calls they took.</summary>
public sealed record JobDecomposition(
    ResponseData_2_1 Tagged,
    ResponseData_2_2 Atomized,
    ResponseData_2_3 Classified,
    IReadOnlyList<StepCall> Calls);
