namespace LeadQual.Taxonomy;

/// <summary>An academic field; fields sharing a group are "related fields".</summary>
public sealed record FieldOfStudy(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Groups);
