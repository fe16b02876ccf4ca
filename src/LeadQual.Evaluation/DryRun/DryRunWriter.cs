using System.Globalization;
using CsvHelper;
using LeadQual.Prompts.Estimation;
using LeadQual.Serialization;

namespace LeadQual.Evaluation.DryRun;

/// <summary>Writes dry-run.json and dry-run.csv: per prompt version, tokens and estimated cost, marked as a dry run.</summary>
public static class DryRunWriter
{
    public const string JsonFile = "dry-run.json";
    public const string CsvFile = "dry-run.csv";

    public static async Task WriteAsync(IReadOnlyList<DryRunRow> rows, string data, DateTimeOffset generatedAt, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        var flat = rows.Select(Flatten).ToList();
        var document = new
        {
            dry_run = true,
            note = "no request was sent and no engine was called: input tokens counted locally with o200k_base, output sized by the offline engine's answers, reasoning at each version's budget (an upper bound), cost from LeadQual's price table (an estimate)",
            tokenizer = TokenCounter.O200k.Encoding,
            data,
            generated_at = generatedAt,
            prompt_versions = flat,
        };
        await File.WriteAllTextAsync(Path.Combine(folder, JsonFile), LeadQualJson.Serialize(document, indented: true), cancellationToken).ConfigureAwait(false);
        await using var writer = new StreamWriter(Path.Combine(folder, CsvFile));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        await csv.WriteRecordsAsync(flat, cancellationToken).ConfigureAwait(false);
    }

    private static DryRunCsvRow Flatten(DryRunRow row) => new(
        row.Estimate.Version.Name, row.Estimate.Version.Label, row.Estimate.Version.Id, row.Estimate.Model, row.Unit, row.Units, row.Estimate.Jobs,
        row.Estimate.InputTokens, row.InputTokensPerUnit, row.InputTokensPerCall, row.Estimate.EstimatedOutputTokens, row.OutputTokensPerUnit,
        row.Estimate.ReasoningBudgetTokens, row.Estimate.EstimatedCostUsd);

    /// <summary>The flat shape of a row in both files (snake_case in the JSON, the property names as CSV headers).</summary>
    private sealed record DryRunCsvRow(
        string step, string label, string version_id, string priced_as, string unit, int units, int calls,
        long input_tokens, double input_tokens_per_unit, double input_tokens_per_call, long estimated_output_tokens, double estimated_output_tokens_per_unit,
        long reasoning_budget_tokens, decimal? estimated_cost_usd);
}
