using System.CommandLine;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Llm.Caching;
using LeadQual.Engines.Llm.Streaming;
using LeadQual.Engines.Offline;
using LeadQual.Profiles;
using LeadQual.Profiles.Llm;
using LeadQual.Profiles.Offline;
using LeadQual.Prompts;
using LeadQual.Storage;

namespace LeadQual.Cli.Commands;

/// <summary>
/// The options of every command that runs an engine: <c>--engine offline|llm</c> (offline by default),
/// and for the LLM engine <c>--provider</c>, <c>--model</c>, <c>--base-url</c>, <c>--provider-order</c>,
/// <c>--stream</c>, <c>--no-cache</c> and <c>--prompts</c>.
/// </summary>
public sealed class EngineOptions
{
    public Option<string> Engine { get; } = new Option<string>("--engine")
    {
        Description = "offline (default: rules, no network, no key) or llm",
        DefaultValueFactory = _ => "offline",
    }.AcceptOnlyFromAmong("offline", "llm");

    public Option<string> Provider { get; } = new Option<string>("--provider")
    {
        Description = "LLM provider: openrouter (OPENROUTER_API_KEY), together (TOGETHER_API_KEY) or openai (any OpenAI-compatible endpoint; OPENAI_API_KEY optional)",
        DefaultValueFactory = _ => "openrouter",
    }.AcceptOnlyFromAmong("openrouter", "together", "openai");

    public Option<string?> Model { get; } = new("--model") { Description = "Model id for every step (default: each prompt version's model)" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Override the provider's base URL (a proxy, a local server, a test server), e.g. http://127.0.0.1:8080/v1" };

    public Option<string?> ProviderOrder { get; } = new("--provider-order") { Description = "OpenRouter upstream providers to use, comma-separated, no fallbacks beyond them (e.g. deepinfra/fp4,nebius/fp4)" };

    public Option<bool> Stream { get; } = new("--stream") { Description = "Stream answers (server-sent events)" };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Ask the model even when an unchanged prompt already answered this input" };

    public Option<string?> Prompts { get; } = new("--prompts")
    {
        Description = "Prompt versions to run: a label (e.g. v1) or a version id (6+ leading characters), comma-separated for several; each step runs the one naming its version, else its latest (default: the latest of each step)",
    };

    public bool IsLlm(ParseResult result) => result.GetValue(Engine) == "llm";

    /// <summary>An absolute http(s) URL, or bad input naming the option.</summary>
    public static Uri? Url(string? value) =>
        value is null ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
        : throw new InputException("--base-url", $"'{value}' is not an absolute http(s) URL");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Engine, Provider, Model, BaseUrl, ProviderOrder, Stream, NoCache, Prompts })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The engine the options ask for. The LLM engine reads its prompts from, and caches answers in, <paramref name="database"/>.</summary>
    public async Task<IAssessmentEngine> CreateAsync(ParseResult result, CliContext context, LeadQualDatabase database, CancellationToken cancellationToken, int repeat = 0)
    {
        if (!IsLlm(result))
        {
            return new OfflineEngine(clock: context.Clock);
        }

        var (provider, key) = ProviderOf(result, context);
        var prompts = await PromptSelection.SetAsync(new PromptRegistry(database, context.Clock), result.GetValue(Prompts), cancellationToken).ConfigureAwait(false);
        return LlmEngine.Create(provider, Url(result.GetValue(BaseUrl)), key, prompts, OptionsOf(result, repeat: repeat), cache: new ResponseCache(database, context.Clock), clock: context.Clock);
    }

    /// <summary>The profile engine the options ask for: the offline rules, or the LLM with the <c>profile_assessment</c> prompt.</summary>
    public async Task<IProfileEngine> CreateProfileEngineAsync(ParseResult result, CliContext context, LeadQualDatabase database, CancellationToken cancellationToken,
        IProgress<StreamProgress>? progress = null, int repeat = 0)
    {
        if (!IsLlm(result))
        {
            return new OfflineProfileEngine(clock: context.Clock);
        }

        var (provider, key) = ProviderOf(result, context);
        var prompt = await PromptSelection.StepAsync(new PromptRegistry(database, context.Clock), StepName.Profiling, result.GetValue(Prompts), cancellationToken).ConfigureAwait(false);
        return LlmProfileEngine.Create(provider, Url(result.GetValue(BaseUrl)), key, prompt, OptionsOf(result, progress, repeat), new ResponseCache(database, context.Clock), context.Clock);
    }

    /// <summary>The provider and its key from the environment; bad input when the provider needs a key that is not set.</summary>
    public (LlmProvider Provider, string? Key) ProviderOf(ParseResult result, CliContext context)
    {
        var provider = LlmProvider.Named(result.GetValue(Provider)!);
        var key = context.Environment(provider.ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            key = null;
            if (provider.KeyRequired)
            {
                throw new InputException(provider.ApiKeyVariable, $"not set; the {provider.Name} provider needs an API key (or use --engine offline)");
            }
        }

        return (provider, key);
    }

    private LlmEngineOptions OptionsOf(ParseResult result, IProgress<StreamProgress>? progress = null, int repeat = 0)
    {
        var order = result.GetValue(ProviderOrder)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new LlmEngineOptions
        {
            Model = result.GetValue(Model),
            Stream = result.GetValue(Stream),
            UseCache = !result.GetValue(NoCache),
            Routing = new ProviderRouting(order, AllowFallbacks: order.Length == 0),
            Progress = progress,
            Repeat = repeat,
        };
    }
}
