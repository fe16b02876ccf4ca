namespace LeadQual.Jobs;

/// <summary>
/// One item of the seed's <c>atomic_objects</c>. <see cref="AnyOf"/> names a group of alternatives:
/// requirements sharing a value are satisfied when any one of them is.
/// </summary>
public sealed record AtomicRequirement(string RequirementString, RequirementCategory Category, string? AnyOf = null);
