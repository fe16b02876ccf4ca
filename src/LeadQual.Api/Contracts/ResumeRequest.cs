namespace LeadQual.Api.Contracts;

/// <summary>POST /resumes: the resume text, an id (default: a hash of the text), a display name, and whether it becomes the master.</summary>
public sealed record ResumeRequest(string? ResumeId, string? Name, string? Text, bool? Master);
