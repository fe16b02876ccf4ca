namespace LeadQual.Jobs;

/// <summary>Step 3.1 (assessment) answer: one decision per required or additional requirement.</summary>
public sealed record ResponseData_3_1(IReadOnlyList<AssessedRequirement> AssessedObjects);
