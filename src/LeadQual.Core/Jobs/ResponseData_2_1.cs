namespace LeadQual.Jobs;

/// <summary>Step 2.1 (tagging) answer.</summary>
public sealed record ResponseData_2_1(IReadOnlyList<TaggedRequirement> TaggedList);
