using LeadQual.Storage;

namespace LeadQual.Api.Contracts;

/// <summary>A registered resume as the API shows it: without its text, which the client already has.</summary>
public sealed record ResumeData(string ResumeId, string? Name, bool IsMaster, int Characters, DateTimeOffset CreatedAt)
{
    public static ResumeData From(StoredResume resume) => new(resume.ResumeId, resume.Name, resume.IsMaster, resume.Text.Length, resume.CreatedAt);
}
