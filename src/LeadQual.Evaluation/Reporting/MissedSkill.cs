namespace LeadQual.Evaluation.Reporting;

/// <summary>A gold skill of one kind (explicit or inferred) that the profiles missed, and the resumes where they missed it.</summary>
internal sealed record MissedSkill(string Kind, string Skill, IReadOnlyList<string> ResumeIds);
