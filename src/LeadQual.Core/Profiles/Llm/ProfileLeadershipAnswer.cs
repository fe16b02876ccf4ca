namespace LeadQual.Profiles.Llm;

/// <summary>Leadership as stated: 0 and "" where the resume says nothing, with verbatim quotes.</summary>
public sealed record ProfileLeadershipAnswer(int MaxTeamSizeLed, int DirectReports, string Budget, string Scope, IReadOnlyList<SkillEvidence> Evidence);
