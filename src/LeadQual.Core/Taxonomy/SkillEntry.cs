namespace LeadQual.Taxonomy;

/// <summary>
/// One canonical skill of the taxonomy: its aliases, a fine-grained category used for "X or similar"
/// requirements, its kind, the broader skills it implies, and the O*NET commodity it came from.
/// </summary>
public sealed record SkillEntry(
    string Name,
    IReadOnlyList<string> Aliases,
    string Category,
    SkillKind Kind,
    IReadOnlyList<string> Implies,
    string? OnetCategory = null,
    int Occupations = 0);
