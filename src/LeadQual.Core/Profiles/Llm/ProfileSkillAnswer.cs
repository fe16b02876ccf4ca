namespace LeadQual.Profiles.Llm;

/// <summary>One skill as the model names it: category, confidence (1.0 for explicit), why (blank for explicit) and verbatim quotes.</summary>
public sealed record ProfileSkillAnswer(string Skill, SkillCategory Category, double Confidence, string Reasoning, IReadOnlyList<SkillEvidence> Evidence);
