namespace LeadQual.Jobs;

/// <summary>One item of the seed's <c>tagged_list</c>: a qualification as written in the posting.</summary>
public sealed record TaggedRequirement(string RawString, RequirementCategory Category);
