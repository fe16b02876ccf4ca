using LeadQual.Jobs;

namespace LeadQual.Evaluation.Data;

/// <summary>
/// One atomic requirement of a gold job. <see cref="AnyOf"/> names a group of alternatives: the group
/// is met when any member is, and counts once in the rating.
/// </summary>
public sealed record GoldRequirement(string Id, string Text, RequirementClassification Classification, string? AnyOf = null);
