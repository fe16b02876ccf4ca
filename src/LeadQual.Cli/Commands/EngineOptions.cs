using System.CommandLine;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Llm.Caching;
using LeadQual.Engines.Offline;
using LeadQual.Prompts;
using LeadQual.Storage;

namespace LeadQual.Cli.Commands;

/// <summary>
/// The options of every command that runs an engine: <c>--engine offline|llm</c> (offline by default),
/// and for the LLM engine <c>--provider</c>, <c>--model</c>, <c>--base-url</c>, <c>--provider-order</c>,
/// <c>--stream</c> and <c>--no-cache</c>.
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

    /// <summary>An absolute http(s) URL, or bad input naming the option.</summary>
    public static Uri? Url(string? value) =>
        value is null ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url
        : throw new InputException("--base-url", $"'{value}' is not an absolute http(s) URL");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Engine, Provider, Model, BaseUrl, ProviderOrder, Stream, NoCache })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The engine the options ask for. The LLM engine reads its prompts from, and caches answers in, <paramref name="database"/>.</summary>
    public async Task<IAssessmentEngine> CreateAsync(ParseResult result, CliContext context, LeadQualDatabase database, CancellationToken cancellationToken)
    {
        if (result.GetValue(Engine) != "llm")
        {
            return new OfflineEngine(clock: context.Clock);
        }

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

        var prompts = await PromptSet.LatestAsync(new PromptRegistry(database, context.Clock), cancellationToken).ConfigureAwait(false);
        var order = result.GetValue(ProviderOrder)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var options = new LlmEngineOptions
        {
            Model = result.GetValue(Model),
            Stream = result.GetValue(Stream),
            UseCache = !result.GetValue(NoCache),
            Routing = new ProviderRouting(order, AllowFallbacks: order.Length == 0),
        };
        return LlmEngine.Create(provider, Url(result.GetValue(BaseUrl)), key, prompts, options, cache: new ResponseCache(database, context.Clock), clock: context.Clock);
    }
}
