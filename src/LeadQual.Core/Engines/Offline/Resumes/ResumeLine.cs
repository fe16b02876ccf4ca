namespace LeadQual.Engines.Offline.Resumes;

/// <summary>A resume line with its 1-based number, its section and the role it belongs to (if any).</summary>
public sealed record ResumeLine(int Number, string Text, ResumeSection Section, int? RoleIndex);
