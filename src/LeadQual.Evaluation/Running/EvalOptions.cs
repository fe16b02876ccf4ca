namespace LeadQual.Evaluation.Running;

/// <summary>How an evaluation run is done. Concurrency defaults to the core count: the offline engine is CPU-bound.</summary>
public sealed record EvalOptions
{
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    /// <summary>Label of the prompt versions in use ("offline-rules" for the offline engine).</summary>
    public string PromptVersion { get; init; } = "n/a";

    /// <summary>Seed of the bootstrap behind every interval: same run, same seed, same intervals.</summary>
    public int Seed { get; init; } = Statistics.Bootstrap.DefaultSeed;
}
