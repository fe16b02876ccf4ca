using LeadQual.Prompts;

namespace LeadQual.Engines.Llm;

/// <summary>
/// Picks the prompt versions a run uses from the registry (<c>--prompts</c>): nothing means each step's latest;
/// otherwise comma-separated labels or version ids (a prefix of at least 6 characters). Each step runs the
/// first of them that names one of its versions, else its latest; a token that names no version of any step
/// is an error, so a typo cannot silently run the latest.
/// </summary>
public static class PromptSelection
{
    public static async Task<PromptSet> SetAsync(PromptRegistry registry, string? spec, CancellationToken cancellationToken = default)
    {
        await registry.RegisterShippedAsync(cancellationToken).ConfigureAwait(false);
        var all = await registry.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        Check(all, spec);
        return new PromptSet(Pick(all, StepName.Tagging, spec), Pick(all, StepName.Atomizing, spec), Pick(all, StepName.Classifying, spec), Pick(all, StepName.Assessing, spec));
    }

    public static async Task<PromptVersion> StepAsync(PromptRegistry registry, string step, string? spec, CancellationToken cancellationToken = default)
    {
        await registry.RegisterShippedAsync(cancellationToken).ConfigureAwait(false);
        var all = await registry.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        Check(all, spec);
        return Pick(all, step, spec);
    }

    /// <summary>"ja_2_1_assessment v1 (id), …": how metrics and reports name the versions a run used.</summary>
    public static string Describe(IEnumerable<PromptVersion> versions) => string.Join(", ", versions.Select(v => v.DisplayName));

    private static IReadOnlyList<string> Tokens(string? spec) =>
        string.IsNullOrWhiteSpace(spec) ? [] : spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool Names(RegisteredPrompt prompt, string token) =>
        prompt.Version.Label == token || (token.Length >= 6 && prompt.Id.StartsWith(token, StringComparison.OrdinalIgnoreCase));

    private static void Check(IReadOnlyList<RegisteredPrompt> all, string? spec)
    {
        foreach (var token in Tokens(spec).Where(t => !all.Any(p => Names(p, t))))
        {
            throw new PromptException($"--prompts: no registered prompt version is labelled or has the id '{token}' (try: leadqual prompts list)");
        }
    }

    private static PromptVersion Pick(IReadOnlyList<RegisteredPrompt> all, string step, string? spec)
    {
        var versions = all.Where(p => p.Version.Name == step).ToList();
        foreach (var token in Tokens(spec))
        {
            if (versions.LastOrDefault(p => Names(p, token)) is { } named)
            {
                return named.Version;
            }
        }

        return versions.Count > 0 ? versions[^1].Version : throw new PromptException($"no prompt version registered for {step}");
    }
}
