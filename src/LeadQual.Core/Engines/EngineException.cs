namespace LeadQual.Engines;

/// <summary>
/// A step could not be answered. Carries the seed's quarantine reason code and the calls made before
/// failing, so they are recorded too.
/// </summary>
public sealed class EngineException : Exception
{
    public EngineException(string reason, string message, IReadOnlyList<StepCall>? calls = null, Exception? inner = null)
        : base(message, inner)
    {
        Reason = reason;
        Calls = calls ?? [];
    }

    public EngineException()
        : this(QuarantineReasons.FailedGenerateAssessment, "assessment failed")
    {
    }

    public EngineException(string message)
        : this(QuarantineReasons.FailedGenerateAssessment, message)
    {
    }

    public EngineException(string message, Exception innerException)
        : this(QuarantineReasons.FailedGenerateAssessment, message, null, innerException)
    {
    }

    public string Reason { get; }

    public IReadOnlyList<StepCall> Calls { get; }
}
