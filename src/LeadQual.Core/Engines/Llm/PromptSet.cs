using LeadQual.Prompts;

namespace LeadQual.Engines.Llm;

/// <summary>The prompt version each step runs.</summary>
public sealed record PromptSet(PromptVersion Tagging, PromptVersion Atomizing, PromptVersion Classifying, PromptVersion Assessing)
{
    public IReadOnlyList<PromptVersion> All => [Tagging, Atomizing, Classifying, Assessing];

    /// <summary>The newest shipped version of each step.</summary>
    public static PromptSet Shipped() => From(name => PromptFiles.Shipped.LastOrDefault(p => p.Name == name) ?? throw new PromptException($"no shipped prompt for {name}"));

    /// <summary>The newest registered version of each step (shipped versions registered first).</summary>
    public static async Task<PromptSet> LatestAsync(PromptRegistry registry, CancellationToken cancellationToken = default)
    {
        await registry.RegisterShippedAsync(cancellationToken).ConfigureAwait(false);
        return new PromptSet(
            await registry.LatestAsync(StepName.Tagging, cancellationToken).ConfigureAwait(false),
            await registry.LatestAsync(StepName.Atomizing, cancellationToken).ConfigureAwait(false),
            await registry.LatestAsync(StepName.Classifying, cancellationToken).ConfigureAwait(false),
            await registry.LatestAsync(StepName.Assessing, cancellationToken).ConfigureAwait(false));
    }

    private static PromptSet From(Func<string, PromptVersion> pick) =>
        new(pick(StepName.Tagging), pick(StepName.Atomizing), pick(StepName.Classifying), pick(StepName.Assessing));
}
