namespace LeadQual.Profiles;

/// <summary>A profile after verification: only verbatim evidence left, and how many snippets were checked and dropped.</summary>
public sealed record EvidenceCheck(CandidateProfile Profile, int Checked, int Unsupported, int SkillsDropped);
