namespace LeadQual.Jobs;

/// <summary>Step 2.3 (classification) answer.</summary>
public sealed record ResponseData_2_3(IReadOnlyList<ClassifiedRequirement> ClassifiedObjects);
