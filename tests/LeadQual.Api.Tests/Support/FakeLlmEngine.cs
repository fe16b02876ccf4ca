using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Llm.Caching;
using LeadQual.Engines.Llm.Resilience;
using LeadQual.FakeOpenAI;
using LeadQual.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LeadQual.Api.Tests.Support;

/// <summary>Wires the API to the LLM engine over real HTTP to a <see cref="FakeOpenAiServer"/>, as <c>leadqual serve --engine llm --provider openai --base-url …</c> does.</summary>
public static class FakeLlmEngine
{
    public const string Model = "test/model";

    public static Action<IServiceCollection> Against(FakeOpenAiServer fake) => services =>
        services.AddSingleton<IAssessmentEngineFactory>(provider =>
        {
            var database = provider.GetRequiredService<LeadQualDatabase>();
            var clock = provider.GetRequiredService<TimeProvider>();
            return new LlmEngineFactory(LlmEngine.Create(
                LlmProvider.OpenAi,
                fake.BaseUrl,
                apiKey: null,
                PromptSet.Shipped(),
                new LlmEngineOptions { Model = Model },
                new LlmResiliencePipeline(new LlmResilienceOptions { BaseDelay = TimeSpan.FromMilliseconds(50) }, clock),
                new ResponseCache(database, clock),
                clock));
        });
}
