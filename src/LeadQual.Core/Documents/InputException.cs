namespace LeadQual.Documents;

/// <summary>Bad input from a user: the message names the file or field and the problem, in one line.</summary>
public sealed class InputException : Exception
{
    public InputException(string source, string problem)
        : base($"{source}: {problem}")
    {
        Source = source;
        Problem = problem;
    }

    public InputException()
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A short code for the job quarantine when the input was a job (seed reason codes).</summary>
    public string? QuarantineReason { get; init; }

    public string? Problem { get; }
}
