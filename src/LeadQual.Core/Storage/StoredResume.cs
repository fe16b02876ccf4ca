namespace LeadQual.Storage;

/// <summary>A registered resume: its id, display name, text and whether it is the master resume.</summary>
public sealed record StoredResume(string ResumeId, string? Name, string Text, bool IsMaster, DateTimeOffset CreatedAt);
