using LeadQual.Engines;

namespace LeadQual.Pipeline;

/// <summary>A job that could not be assessed; it has been quarantined with <see cref="Reason"/>.</summary>
public sealed class JobQuarantinedException : Exception
{
    public JobQuarantinedException(string jobId, string reason, string message, IReadOnlyList<StepCall>? calls = null, Exception? inner = null)
        : base(message, inner)
    {
        JobId = jobId;
        Reason = reason;
        Calls = calls ?? [];
    }

    public JobQuarantinedException()
        : this(string.Empty, QuarantineReasons.FailedGenerateAssessment, "assessment failed")
    {
    }

    public JobQuarantinedException(string message)
        : this(string.Empty, QuarantineReasons.FailedGenerateAssessment, message)
    {
    }

    public JobQuarantinedException(string message, Exception innerException)
        : this(string.Empty, QuarantineReasons.FailedGenerateAssessment, message, null, innerException)
    {
    }

    public string JobId { get; }

    public string Reason { get; }

    public IReadOnlyList<StepCall> Calls { get; }
}
