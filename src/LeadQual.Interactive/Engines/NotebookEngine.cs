using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Offline;
using LeadQual.Interactive.Formatting;
using LeadQual.Profiles;
using LeadQual.Profiles.Llm;
using LeadQual.Profiles.Offline;
using LeadQual.Prompts;

namespace LeadQual.Interactive.Engines;

/// <summary>
/// The engine a notebook runs, chosen once from the environment: the offline rules by default, or with
/// <c>LEADQUAL_ENGINE=llm</c> the LLM engine on the first provider configured (<c>OPENROUTER_API_KEY</c>,
/// <c>TOGETHER_API_KEY</c>, or <c>LEADQUAL_LLM_BASE_URL</c> for any OpenAI-compatible endpoint), with the model
/// of <c>LEADQUAL_LLM_MODEL</c> or else each prompt version's own.
/// </summary>
public sealed class NotebookEngine
{
    public const string EngineVariable = "LEADQUAL_ENGINE";
    public const string BaseUrlVariable = "LEADQUAL_LLM_BASE_URL";
    public const string ModelVariable = "LEADQUAL_LLM_MODEL";

    private readonly Func<string, string?> _environment;

    private NotebookEngine(Func<string, string?> environment, LlmProvider? provider, Uri? baseUrl, string? model)
    {
        _environment = environment;
        Provider = provider;
        BaseUrl = baseUrl;
        Model = model;
        // The first notebook cell that names this type also loads the formatters; registering again is harmless.
        LeadQualFormatters.Register();
    }

    /// <summary>"offline" or "llm".</summary>
    public string Name => IsLlm ? "llm" : "offline";

    public bool IsLlm => Provider is not null;

    /// <summary>The LLM provider, or null for the offline engine.</summary>
    public LlmProvider? Provider { get; }

    /// <summary>The endpoint asked (the provider's own when <see cref="BaseUrl"/> is null).</summary>
    public Uri? BaseUrl { get; }

    /// <summary>The model asked for every step, or null for each prompt version's own.</summary>
    public string? Model { get; }

    /// <summary>The engine the environment asks for (<see cref="NotebookEngine"/>); bad settings throw naming the variable.</summary>
    public static NotebookEngine FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>As <see cref="FromEnvironment()"/>, reading variables through <paramref name="environment"/>.</summary>
    /// <exception cref="ArgumentException">An unknown <c>LEADQUAL_ENGINE</c>, no provider configured for the LLM, or a malformed URL.</exception>
    public static NotebookEngine FromEnvironment(Func<string, string?> environment)
    {
        string? Read(string name) => environment(name) is { Length: > 0 } value ? value.Trim() : null;
        var name = Read(EngineVariable) ?? "offline";
        if (name == "offline")
        {
            return new NotebookEngine(environment, null, null, null);
        }

        if (name != "llm")
        {
            throw new ArgumentException($"{EngineVariable} is '{name}': use offline (the default) or llm");
        }

        var baseUrl = Read(BaseUrlVariable) is { } url
            ? Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed : throw new ArgumentException($"{BaseUrlVariable} is '{url}', not an absolute http(s) URL")
            : null;
        var provider = Read(LlmProvider.OpenRouter.ApiKeyVariable) is not null ? LlmProvider.OpenRouter
            : Read(LlmProvider.Together.ApiKeyVariable) is not null ? LlmProvider.Together
            : baseUrl is not null ? LlmProvider.OpenAi
            : throw new ArgumentException($"{EngineVariable}=llm needs a provider: set {LlmProvider.OpenRouter.ApiKeyVariable}, {LlmProvider.Together.ApiKeyVariable} or {BaseUrlVariable} (any OpenAI-compatible endpoint)");
        return new NotebookEngine(environment, provider, baseUrl, Read(ModelVariable));
    }

    /// <summary>The engine for steps 2.1–3.1, on the shipped prompts.</summary>
    public IAssessmentEngine Assessment() => Assessment(PromptSet.Shipped());

    /// <summary>The engine for steps 2.1–3.1; an LLM engine runs <paramref name="prompts"/> (the offline engine has no prompts).</summary>
    public IAssessmentEngine Assessment(PromptSet prompts) =>
        Provider is null ? new OfflineEngine() : LlmEngine.Create(Provider, BaseUrl, Key(), prompts, Options());

    /// <summary>The profile engine: the offline rules, or the LLM on the newest shipped profile prompt.</summary>
    public IProfileEngine Profiles() =>
        Provider is null ? new OfflineProfileEngine()
        : LlmProfileEngine.Create(Provider, BaseUrl, Key(), PromptFiles.Shipped.Last(p => p.Name == StepName.Profiling), Options());

    /// <summary>What an evaluation run records as its prompt version: the offline rules' version, or the shipped prompts'.</summary>
    public string PromptVersion =>
        Provider is null ? $"offline-rules/{OfflineEngine.Version}"
        : PromptSelection.Describe([.. PromptSet.Shipped().All, PromptFiles.Shipped.Last(p => p.Name == StepName.Profiling)]);

    public override string ToString() => Provider is null
        ? $"offline · offline/{OfflineEngine.Version}: rules, no network, no key, no cost"
        : $"llm · {Provider.Name} {BaseUrl ?? Provider.BaseUrl} · model {Model ?? "of each prompt version"}";

    private string? Key() => _environment(Provider!.ApiKeyVariable) is { Length: > 0 } key ? key : null;

    private LlmEngineOptions Options() => new() { Model = Model };
}
