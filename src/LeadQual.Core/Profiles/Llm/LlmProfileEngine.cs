using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Llm.Caching;
using LeadQual.Engines.Llm.Http;
using LeadQual.Engines.Llm.Resilience;
using LeadQual.Engines.Llm.Tracking;
using LeadQual.Prompts;
using Microsoft.Extensions.AI;

namespace LeadQual.Profiles.Llm;

/// <summary>
/// Candidate profiles from an LLM with the <c>profile_assessment</c> prompt, on the same path as the job steps
/// (<see cref="StepRunner"/>: strict schema from <see cref="ProfileAnswer"/>, re-ask, cache, one call per
/// attempt, streaming with progress). The answer's evidence is verified by <see cref="ProfilePipeline"/>.
/// The profile's metadata names the model that served the answer.
/// </summary>
public sealed class LlmProfileEngine : IProfileEngine, IDisposable
{
    public const string ProcessorVersion = "leadqual-profile-llm/1.0.0";

    private readonly IChatClient client;
    private readonly LlmResiliencePipeline resilience;
    private readonly StepRunner runner;
    private readonly TimeProvider clock;

    public LlmProfileEngine(IChatClient client, PromptVersion prompt, LlmProvider provider, LlmEngineOptions? options = null, LlmResiliencePipeline? resilience = null,
        ResponseCache? cache = null, TimeProvider? clock = null, string? apiKey = null)
    {
        var settings = options ?? new LlmEngineOptions();
        this.client = client;
        this.clock = clock ?? TimeProvider.System;
        this.resilience = resilience ?? new LlmResiliencePipeline(clock: clock);
        Prompt = prompt;
        Identity = new EngineIdentity("llm", settings.Model ?? prompt.Model);
        runner = new StepRunner(client, settings, provider, this.resilience, cache, new SecretRedactor(apiKey), this.clock);
    }

    public EngineIdentity Identity { get; }

    public PromptVersion Prompt { get; }

    public static LlmProfileEngine Create(LlmProvider provider, Uri? baseUrl, string? apiKey, PromptVersion prompt, LlmEngineOptions? options = null,
        ResponseCache? cache = null, TimeProvider? clock = null, HttpMessageHandler? handler = null)
    {
        var chat = new OpenAiCompatibleChatClient(baseUrl ?? provider.BaseUrl, apiKey, options?.Model ?? prompt.Model, handler, clock);
        return new LlmProfileEngine(chat, prompt, provider, options, null, cache, clock, apiKey);
    }

    public async Task<StepOutcome<CandidateProfile>> ProfileAsync(Resume resume, CancellationToken cancellationToken = default)
    {
        var lines = new TextDocument(resume.Text).Lines.Count;
        var outcome = await runner.RunAsync(Prompt, PromptInputs.Profiling(resume), ProfileRules.For(lines), cancellationToken).ConfigureAwait(false);
        var served = outcome.Calls.LastOrDefault(c => c.Error is null)?.ModelId ?? Identity.Model;
        var metadata = new ProcessingMetadata(clock.GetUtcNow(), ProcessorVersion, Identity.Engine, served, Prompt.Id);
        return new StepOutcome<CandidateProfile>(ProfileAnswerMapper.ToProfile(resume.ResumeId, outcome.Value, metadata), outcome.Calls);
    }

    public void Dispose()
    {
        client.Dispose();
        resilience.Dispose();
    }
}
