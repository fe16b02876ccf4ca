using LeadQual.Engines.Llm;
using LeadQual.Engines.Offline;
using LeadQual.Interactive.Engines;
using LeadQual.Profiles.Llm;
using LeadQual.Profiles.Offline;

namespace LeadQual.Notebooks.Tests.Interactive;

/// <summary>The notebooks' one engine choice: offline unless LEADQUAL_ENGINE=llm, then the provider the environment configures.</summary>
public sealed class NotebookEngineTests
{
    [Fact]
    public void FromEnvironment_NothingSet_IsTheOfflineEngine()
    {
        var choice = NotebookEngine.FromEnvironment(_ => null);

        Assert.False(choice.IsLlm);
        Assert.IsType<OfflineEngine>(choice.Assessment());
        Assert.IsType<OfflineProfileEngine>(choice.Profiles());
        Assert.Equal($"offline-rules/{OfflineEngine.Version}", choice.PromptVersion);
    }

    [Fact]
    public void FromEnvironment_ProviderKeyWithoutLlmChosen_StaysOffline()
    {
        var choice = NotebookEngine.FromEnvironment(name => name == "OPENROUTER_API_KEY" ? "sk-test" : null);

        Assert.Equal("offline", choice.Name);
    }

    [Fact]
    public void FromEnvironment_LlmOnALocalEndpoint_IsTheOpenAiCompatibleProviderThere()
    {
        var variables = new Dictionary<string, string> { ["LEADQUAL_ENGINE"] = "llm", ["LEADQUAL_LLM_BASE_URL"] = "http://127.0.0.1:9/v1", ["LEADQUAL_LLM_MODEL"] = "test/model" };

        var choice = NotebookEngine.FromEnvironment(name => variables.GetValueOrDefault(name));

        Assert.True(choice.IsLlm);
        Assert.Equal(LlmProvider.OpenAi, choice.Provider);
        using var engine = Assert.IsType<LlmEngine>(choice.Assessment());
        using var profiles = Assert.IsType<LlmProfileEngine>(choice.Profiles());
        Assert.Equal("test/model", engine.Identity.Model);
        Assert.Contains("ja_3_1_assessment", choice.PromptVersion, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9/v1", choice.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_LlmWithoutProvider_SaysWhichVariablesToSet()
    {
        var error = Assert.Throws<ArgumentException>(() => NotebookEngine.FromEnvironment(name => name == "LEADQUAL_ENGINE" ? "llm" : null));

        Assert.Contains("OPENROUTER_API_KEY, TOGETHER_API_KEY or LEADQUAL_LLM_BASE_URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_UnknownEngine_NamesTheVariableAndTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => NotebookEngine.FromEnvironment(name => name == "LEADQUAL_ENGINE" ? "gpt" : null));

        Assert.Equal("LEADQUAL_ENGINE is 'gpt': use offline (the default) or llm", error.Message);
    }
}
