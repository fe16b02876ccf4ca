using LeadQual.Documents;
using LeadQual.Engines.Llm.Caching;
using LeadQual.Engines.Llm.Http;
using LeadQual.Engines.Llm.Resilience;
using LeadQual.Engines.Llm.Structured;
using LeadQual.Engines.Llm.Tracking;
using LeadQual.Jobs;
using LeadQual.Prompts;
using Microsoft.Extensions.AI;

namespace LeadQual.Engines.Llm;

/// <summary>
/// The seed's four steps answered by an LLM through <see cref="IChatClient"/>: each step renders its
/// prompt version, asks for JSON under the step record's strict schema, validates and re-asks, and
/// records one call per attempt. Step 3.1 assesses all of a job's requirements in one call unless
/// <see cref="LlmEngineOptions.AssessPerRequirement"/> is set.
/// </summary>
public sealed class LlmEngine : IAssessmentEngine, IDisposable
{
    private readonly IChatClient client;
    private readonly LlmResiliencePipeline resilience;
    private readonly StepRunner runner;
    private readonly LlmEngineOptions options;

    public LlmEngine(IChatClient client, PromptSet prompts, LlmProvider provider, LlmEngineOptions? options = null, LlmResiliencePipeline? resilience = null,
        ResponseCache? cache = null, TimeProvider? clock = null, string? apiKey = null)
    {
        this.client = client;
        this.options = options ?? new LlmEngineOptions();
        this.resilience = resilience ?? new LlmResiliencePipeline(clock: clock);
        Prompts = prompts;
        Provider = provider;
        var model = this.options.Model ?? string.Join(" + ", prompts.All.Select(p => p.Model).Distinct());
        Identity = new EngineIdentity("llm", model);
        runner = new StepRunner(client, this.options, provider, this.resilience, cache, new SecretRedactor(apiKey), clock ?? TimeProvider.System);
    }

    public EngineIdentity Identity { get; }

    public PromptSet Prompts { get; }

    public LlmProvider Provider { get; }

    /// <summary>An engine speaking chat completions over HTTP to <paramref name="baseUrl"/> (the provider's own URL when null).</summary>
    public static LlmEngine Create(LlmProvider provider, Uri? baseUrl, string? apiKey, PromptSet prompts, LlmEngineOptions? options = null,
        LlmResiliencePipeline? resilience = null, ResponseCache? cache = null, TimeProvider? clock = null, HttpMessageHandler? handler = null)
    {
        var model = options?.Model ?? prompts.Assessing.Model;
        var chat = new OpenAiCompatibleChatClient(baseUrl ?? provider.BaseUrl, apiKey, model, handler, clock);
        return new LlmEngine(chat, prompts, provider, options, resilience, cache, clock, apiKey);
    }

    public Task<StepOutcome<ResponseData_2_1>> TagAsync(JobPosting posting, CancellationToken cancellationToken = default) =>
        runner.RunAsync<ResponseData_2_1>(Prompts.Tagging, PromptInputs.Tagging(posting), StepRules.Tagging, cancellationToken);

    public Task<StepOutcome<ResponseData_2_2>> AtomizeAsync(ResponseData_2_1 tagged, CancellationToken cancellationToken = default) =>
        tagged.TaggedList.Count == 0
            ? Task.FromResult(new StepOutcome<ResponseData_2_2>(new ResponseData_2_2([]), []))
            : runner.RunAsync<ResponseData_2_2>(Prompts.Atomizing, PromptInputs.Atomizing(tagged), StepRules.Atomizing, cancellationToken);

    public Task<StepOutcome<ResponseData_2_3>> ClassifyAsync(ResponseData_2_2 atomized, CancellationToken cancellationToken = default) =>
        atomized.AtomicObjects.Count == 0
            ? Task.FromResult(new StepOutcome<ResponseData_2_3>(new ResponseData_2_3([]), []))
            : runner.RunAsync(Prompts.Classifying, PromptInputs.Classifying(atomized), StepRules.Classifying(atomized.AtomicObjects), cancellationToken);

    public async Task<StepOutcome<ResponseData_3_1>> AssessAsync(IReadOnlyList<ClassifiedRequirement> requirements, Resume resume, CancellationToken cancellationToken = default)
    {
        if (requirements.Count == 0)
        {
            return new StepOutcome<ResponseData_3_1>(new ResponseData_3_1([]), []);
        }

        var lineCount = new TextDocument(resume.Text).Lines.Count;
        if (!options.AssessPerRequirement)
        {
            return await runner.RunAsync(Prompts.Assessing, PromptInputs.Assessing(requirements, resume), StepRules.Assessing(requirements, lineCount), cancellationToken).ConfigureAwait(false);
        }

        var answers = new List<AssessedRequirement>();
        var calls = new List<StepCall>();
        foreach (var requirement in requirements)
        {
            try
            {
                var one = await runner.RunAsync(Prompts.Assessing, PromptInputs.Assessing([requirement], resume), StepRules.Assessing([requirement], lineCount), cancellationToken).ConfigureAwait(false);
                answers.AddRange(one.Value.AssessedObjects);
                calls.AddRange(one.Calls);
            }
            catch (EngineException failure)
            {
                throw new EngineException(failure.Reason, failure.Message, [.. calls, .. failure.Calls], failure);
            }
        }

        return new StepOutcome<ResponseData_3_1>(new ResponseData_3_1(answers), calls);
    }

    public void Dispose()
    {
        client.Dispose();
        resilience.Dispose();
    }
}
