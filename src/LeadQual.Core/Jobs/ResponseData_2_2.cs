namespace LeadQual.Jobs;

/// <summary>Step 2.2 (atomization) answer.</summary>
public sealed record ResponseData_2_2(IReadOnlyList<AtomicRequirement> AtomicObjects);
