namespace LeadQual.Engines.Llm;

/// <summary>
/// Where chat completions go and which environment variable holds the key. Only OpenRouter receives
/// OpenRouter's extensions (the <c>provider</c> routing object and <c>reasoning</c>).
/// </summary>
public sealed record LlmProvider(string Name, Uri BaseUrl, string ApiKeyVariable, bool KeyRequired, bool IsOpenRouter)
{
    public static LlmProvider OpenRouter { get; } = new("openrouter", new Uri("https://openrouter.ai/api/v1"), "OPENROUTER_API_KEY", KeyRequired: true, IsOpenRouter: true);

    public static LlmProvider Together { get; } = new("together", new Uri("https://api.together.xyz/v1"), "TOGETHER_API_KEY", KeyRequired: true, IsOpenRouter: false);

    /// <summary>Any OpenAI-compatible endpoint (OpenAI itself, a proxy, a local server); the key is optional.</summary>
    public static LlmProvider OpenAi { get; } = new("openai", new Uri("https://api.openai.com/v1"), "OPENAI_API_KEY", KeyRequired: false, IsOpenRouter: false);

    public static IReadOnlyList<LlmProvider> All { get; } = [OpenRouter, Together, OpenAi];

    public static LlmProvider Named(string name) =>
        All.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown provider '{name}' (choose {string.Join(", ", All.Select(p => p.Name))})", nameof(name));
}
