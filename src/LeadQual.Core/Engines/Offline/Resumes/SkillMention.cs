using LeadQual.Taxonomy;

namespace LeadQual.Engines.Offline.Resumes;

/// <summary>A taxonomy skill named on a resume line, as written there.</summary>
public sealed record SkillMention(SkillEntry Skill, string MatchedText, int Line, ResumeSection Section, int? RoleIndex);
