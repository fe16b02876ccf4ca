using LeadQual.Engines.Llm.Streaming;

namespace LeadQual.Engines.Llm;

/// <summary>How the LLM engine asks: which model (else each prompt's own), streamed or not, cached or not.</summary>
public sealed class LlmEngineOptions
{
    /// <summary>Overrides every prompt version's model when set (<c>--model</c>).</summary>
    public string? Model { get; init; }

    /// <summary>OpenRouter's provider routing; sent only to OpenRouter. Default: require_parameters, fallbacks allowed.</summary>
    public ProviderRouting Routing { get; init; } = new([]);

    public bool Stream { get; init; }

    /// <summary>Reuse validated answers of an unchanged prompt over unchanged input (<c>--no-cache</c> turns it off).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>
    /// Which repeat of a run this is (<c>eval --repeat N</c>: 0 … N−1). The cache key includes it from 1 on,
    /// so a repeat is asked again rather than answered from the previous repeat's cache; repeat 0 shares the
    /// ordinary cache.
    /// </summary>
    public int Repeat { get; init; }

    /// <summary>Re-asks after an answer that fails validation, with the errors appended. Default 2.</summary>
    public int MaxReasks { get; init; } = 2;

    /// <summary>Step 3.1 one call per requirement instead of one call per job.</summary>
    public bool AssessPerRequirement { get; init; }

    public int? MaxOutputTokens { get; init; }

    /// <summary>Receives streamed progress when <see cref="Stream"/> is on.</summary>
    public IProgress<StreamProgress>? Progress { get; init; }
}
