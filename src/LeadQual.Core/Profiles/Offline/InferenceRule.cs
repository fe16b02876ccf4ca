using System.Text.RegularExpressions;

namespace LeadQual.Profiles.Offline;

/// <summary>
/// One row of data/taxonomy/inference-rules.csv: described work matching <see cref="Pattern"/> evidences
/// <see cref="Skill"/> with a base confidence, weighed by the kind of evidence it is.
/// </summary>
public sealed record InferenceRule(Regex Pattern, string Skill, SkillCategory Category, EvidenceType EvidenceType, double Confidence, string Field);
