namespace LeadQual.Profiles.Offline;

/// <summary>A role header split into the job title and the employer (null when the header names none).</summary>
public sealed record RoleTitle(string Title, string? Employer);
