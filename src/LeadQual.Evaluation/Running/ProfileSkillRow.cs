namespace LeadQual.Evaluation.Running;

/// <summary>One predicted or gold-only skill of a profile (a row of profile_skills.csv).</summary>
public sealed record ProfileSkillRow(string ResumeId, string Kind, string Skill, bool Predicted, bool InGold, double? Confidence, string Evidence);
