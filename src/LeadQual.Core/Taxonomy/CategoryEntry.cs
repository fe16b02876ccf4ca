namespace LeadQual.Taxonomy;

/// <summary>A skill category with the phrases postings use for it ("RDBMS", "a major cloud provider") and its parent.</summary>
public sealed record CategoryEntry(string Name, IReadOnlyList<string> Aliases, string? Parent);
