namespace LeadQual.Storage;

/// <summary>One <c>job_skills</c> row (seed column names) with the job's title and company.</summary>
public sealed record RecentJobSkill(
    string JobSkillId,
    string JobId,
    string? JobTitle,
    string? JobCompany,
    string JobSkillsAtomicString,
    string JobSkillsType,
    string? JobSkillsMatchReasoning,
    bool? JobSkillsMatch,
    double? JobSkillsConfidence,
    string? JobSkillsAnyOf,
    string? JobSkillsResumeId,
    DateTimeOffset? JobSkillsCreatedAt);
