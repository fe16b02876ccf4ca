namespace LeadQual.Engines.Llm.Resilience;

/// <summary>How hard the LLM engine tries: the defaults are the (3 attempts, 30 s each).</summary>
public sealed class LlmResilienceOptions
{
    /// <summary>Attempts per generation, the first included. Default 3.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>First backoff delay; doubles per retry, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After we honour; a longer one is cut to this. Default 60 s.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>One HTTP attempt, streamed or not. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>All attempts of one generation together, delays included. Default 3 min.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Share of failed calls in <see cref="SamplingDuration"/> that opens the circuit. Default 0.5.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Calls seen in the window before the circuit may open. Default 6.</summary>
    public int MinimumThroughput { get; init; } = 6;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an open circuit refuses calls without sending them. Default 30 s.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Requests in flight at once across all jobs. Default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;
}
