namespace LeadQual.Profiles.Llm;

/// <summary>A dated role as the model reads it: start and end as "YYYY-MM", the header line it cites.</summary>
public sealed record ProfileRoleAnswer(string Title, string Employer, string Start, string End, bool IsCurrent, SeniorityLevel Seniority, int Line);
