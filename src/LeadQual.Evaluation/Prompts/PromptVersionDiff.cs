using LeadQual.Prompts;

namespace LeadQual.Evaluation.Prompts;

/// <summary>The line diff of two prompt versions (<see cref="PromptDiff.Between"/>), with the versions themselves.</summary>
public sealed record PromptVersionDiff(PromptVersion From, PromptVersion To, IReadOnlyList<PromptDiffLine> Lines);
