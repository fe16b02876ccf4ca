namespace LeadQual.Api.Resumes;

/// <summary>A request named a resume id that is not registered.</summary>
public sealed class ResumeNotFoundException : Exception
{
    public ResumeNotFoundException(string resumeId)
        : base($"no resume is registered with id '{resumeId}'; register it with POST /resumes")
    {
        ResumeId = resumeId;
    }

    public ResumeNotFoundException()
        : this(string.Empty)
    {
    }

    public ResumeNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        ResumeId = string.Empty;
    }

    public string ResumeId { get; }
}
