namespace LeadQual.Profiles;

/// <summary>
/// How a profile was made: when, by which processor, engine, model and prompt version, what it cost, and how
/// much of the engine's evidence survived verification (<see cref="UnsupportedEvidenceCount"/> of
/// <see cref="EvidenceChecked"/> snippets were dropped as not verbatim in the resume).
/// </summary>
public sealed record ProcessingMetadata(
    DateTimeOffset Timestamp,
    string ProcessorVersion,
    string Engine,
    string Model,
    string? PromptVersion)
{
    public int InputTokens { get; init; }

    public int OutputTokens { get; init; }

    public int ReasoningTokens { get; init; }

    public decimal CostUsd { get; init; }

    public double LatencyMs { get; init; }

    public int Retries { get; init; }

    public int EvidenceChecked { get; init; }

    public int UnsupportedEvidenceCount { get; init; }
}
