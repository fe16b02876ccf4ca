using LeadQual.Documents;
using LeadQual.Storage;

namespace LeadQual.Api.Resumes;

/// <summary>Which resume a request is assessed against: the one it names, else the master; null when there is no master.</summary>
public sealed class ResumeResolver(ResumeStore resumes)
{
    public async Task<Resume?> ResolveAsync(string? resumeId, CancellationToken cancellationToken)
    {
        var stored = string.IsNullOrWhiteSpace(resumeId)
            ? await resumes.FindMasterAsync(cancellationToken).ConfigureAwait(false)
            : await resumes.FindAsync(resumeId, cancellationToken).ConfigureAwait(false) ?? throw new ResumeNotFoundException(resumeId);
        return stored is null ? null : new Resume(stored.ResumeId, stored.Text);
    }
}
