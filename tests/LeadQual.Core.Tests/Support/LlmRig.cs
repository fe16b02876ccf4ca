using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Llm.Caching;
using LeadQual.Engines.Llm.Resilience;
using LeadQual.FakeOpenAI;
using LeadQual.Pipeline;
using LeadQual.Profiles;
using LeadQual.Profiles.Llm;
using LeadQual.Prompts;
using LeadQual.Storage;
using Microsoft.Extensions.Time.Testing;

namespace LeadQual.Core.Tests.Support;

/// <summary>
/// A fake OpenAI-compatible server on loopback, a temporary database and a fake clock, wired to a real
/// <see cref="LlmEngine"/> or <see cref="LlmProfileEngine"/> over HTTP.
/// </summary>
public sealed class LlmRig : IAsyncDisposable
{
    public const string ApiKey = "sk-or-v1-TESTKEY-7f3a9c2e5b1d4f60";

    private readonly List<IDisposable> engines = [];

    private LlmRig(FakeOpenAiServer server, FakeTimeProvider clock)
    {
        Server = server;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public FakeOpenAiServer Server { get; }

    public TempDatabase Temp { get; } = new();

    public static async Task<LlmRig> StartAsync()
    {
        var clock = TestClock.November2026();
        var server = await FakeOpenAiServer.StartAsync(clock, offlineClock: TestClock.November2026());
        return new LlmRig(server, clock);
    }

    public LlmEngine Engine(LlmEngineOptions? options = null, LlmResilienceOptions? resilience = null, LlmProvider? provider = null, bool cache = true, string? apiKey = ApiKey)
    {
        var engine = LlmEngine.Create(
            provider ?? LlmProvider.OpenRouter,
            Server.BaseUrl,
            apiKey,
            PromptSet.Shipped(),
            options ?? new LlmEngineOptions { Model = "test/model" },
            new LlmResiliencePipeline(resilience ?? new LlmResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(200) }, Clock),
            cache ? new ResponseCache(Temp.Database, Clock) : null,
            Clock);
        engines.Add(engine);
        return engine;
    }

    public AssessmentPipeline Pipeline(LlmEngine engine) => new(engine, new AssessmentStore(Temp.Database, Clock));

    /// <summary>The LLM profile engine with the shipped <c>profile_assessment</c> prompt, its default resilience on the fake clock.</summary>
    public LlmProfileEngine ProfileEngine()
    {
        var prompt = PromptFiles.Shipped.Last(p => p.Name == StepName.Profiling);
        var engine = LlmProfileEngine.Create(LlmProvider.OpenRouter, Server.BaseUrl, ApiKey, prompt, new LlmEngineOptions { Model = "test/model" },
            new ResponseCache(Temp.Database, Clock), Clock);
        engines.Add(engine);
        return engine;
    }

    /// <summary>A batch as <c>leadqual profile</c> runs it: the pipeline and the store on the rig's database.</summary>
    public ProfileBatch ProfileBatch(IProfileEngine engine) => new(new ProfilePipeline(engine, Clock), new ProfileStore(Temp.Database, Clock));

    public async ValueTask DisposeAsync()
    {
        foreach (var engine in engines)
        {
            engine.Dispose();
        }

        await Server.DisposeAsync();
        Temp.Dispose();
    }
}
