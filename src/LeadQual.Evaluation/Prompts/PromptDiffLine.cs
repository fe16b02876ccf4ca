namespace LeadQual.Evaluation.Prompts;

/// <summary>One line of a prompt diff: "+" inserted, "-" deleted, " " unchanged.</summary>
public sealed record PromptDiffLine(string Change, string Text);
