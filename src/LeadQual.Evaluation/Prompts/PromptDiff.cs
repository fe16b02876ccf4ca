using System.Globalization;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using LeadQual.Prompts;

namespace LeadQual.Evaluation.Prompts;

/// <summary>Line diff of two prompt versions (settings, system prompt, template), as <c>leadqual prompts diff</c> shows it.</summary>
public static class PromptDiff
{
    /// <param name="changedOnly">Only inserted and deleted lines.</param>
    public static IReadOnlyList<PromptDiffLine> Lines(PromptVersion from, PromptVersion to, bool changedOnly = false) =>
        InlineDiffBuilder.Diff(Describe(from), Describe(to)).Lines
            .Select(l => new PromptDiffLine(l.Type switch { ChangeType.Inserted => "+", ChangeType.Deleted => "-", _ => " " }, l.Text))
            .Where(l => !changedOnly || l.Change != " ")
            .ToList();

    /// <summary>The diff with the two versions it compares, so a notebook shows which versions (and models) it is between.</summary>
    /// <param name="changedOnly">Only inserted and deleted lines.</param>
    public static PromptVersionDiff Between(PromptVersion from, PromptVersion to, bool changedOnly = false) =>
        new(from, to, Lines(from, to, changedOnly));

    private static string Describe(PromptVersion v) => string.Join('\n',
        $"model: {v.Model}",
        $"temperature: {v.Temperature.ToString(CultureInfo.InvariantCulture)}",
        $"reasoning_budget: {v.ReasoningBudget}",
        $"response_schema: {v.ResponseSchema}",
        "--- system",
        v.SystemPrompt,
        "--- template",
        v.Template);
}
