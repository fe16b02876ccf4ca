namespace LeadQual.Profiles;

/// <summary>
/// One skill of a profile under the taxonomy's canonical name: confidence 1.0 for an explicit skill,
/// in [0,1] for an inferred one, and the snippets that support it.
/// </summary>
public sealed record SkillAssessment(string Skill, SkillCategory Category, double Confidence, IReadOnlyList<SkillEvidence> Evidence)
{
    /// <summary>An inferred skill at or above this confidence is stated as more likely right than not.</summary>
    public const double LikelyConfidence = 0.5;

    /// <summary>Whether this skill's confidence says it is more likely right than not.</summary>
    public bool IsLikely => Confidence >= LikelyConfidence;

    /// <summary>Why an inferred skill was inferred ("implied by Django", "rule: built ETL jobs"); null for explicit skills.</summary>
    public string? Reasoning { get; init; }
}
