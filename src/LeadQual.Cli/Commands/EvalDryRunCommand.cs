using System.Globalization;
using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.DryRun;
using LeadQual.Profiles;
using LeadQual.Profiles.Llm;
using LeadQual.Profiles.Offline;
using LeadQual.Prompts;
using LeadQual.Prompts.Estimation;
using LeadQual.Storage;
using Spectre.Console;

namespace LeadQual.Cli.Commands;

/// <summary>
/// The LLM parts of <c>leadqual eval</c> kept out of the command body: <c>--dry-run</c> (every registered prompt
/// version rendered over the set, tokens and estimated cost per version, dry-run.json + dry-run.csv, no
/// request) and the name of the prompt versions a run used.
/// </summary>
public static class EvalDryRunCommand
{
    public static async Task<int> RunAsync(CliContext context, EvalDataSet set, LeadQualDatabase database, string? model, string? outFolder, CancellationToken cancellationToken)
    {
        var registry = new PromptRegistry(database, context.Clock);
        await registry.RegisterShippedAsync(cancellationToken).ConfigureAwait(false);
        var versions = (await registry.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Select(p => p.Version).ToList();
        var offline = new OfflineEngine(clock: context.Clock);
        var dryRun = new EvalDryRun(offline, new OfflineProfileEngine(clock: context.Clock), new PromptCostEstimator(offline));
        var rows = await dryRun.RunAsync(set, versions, model, cancellationToken).ConfigureAwait(false);
        var folder = outFolder ?? Path.Combine("artifacts", "eval", context.Clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-dry-run");
        await DryRunWriter.WriteAsync(rows, set.Folder, context.Clock.GetUtcNow(), folder, cancellationToken).ConfigureAwait(false);

        var table = new Table().Border(TableBorder.Rounded).Title($"dry run · {set.GoldJobs.Count} postings, {set.GoldPairs.Count} pairs, {set.GoldResumes.Count} resumes · no request sent");
        foreach (var column in new[] { "Step", "Label", "Version id", "Per", "Calls", "Input tokens", "Mean in / unit", "Est. output", "Est. cost (USD)" })
        {
            table.AddColumn(column);
        }

        foreach (var row in rows)
        {
            var e = row.Estimate;
            table.AddRow(Markup.Escape(e.Version.Name), Markup.Escape(e.Version.Label), e.Version.Id, $"{Num(row.Units)} {row.Unit}s", Num(e.Jobs), Num(e.InputTokens),
                Num(row.InputTokensPerUnit), Num(e.EstimatedOutputTokens), e.EstimatedCostUsd is { } c ? c.ToString("0.######", CultureInfo.InvariantCulture) : "no price");
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"[grey]Dry run: no request sent, no engine called. Input tokens counted with o200k_base; output sized by the offline engine's answers; reasoning at its budget (upper bound) priced as {Markup.Escape(string.Join(", ", rows.Select(r => r.Estimate.Model).Distinct()))} from LeadQual's built-in price table, an estimate. 3.1 runs twice per pair (gold requirements, end to end).[/]");
        context.Console.MarkupLine($"written to [bold]{Markup.Escape(folder)}[/] ({DryRunWriter.JsonFile}, {DryRunWriter.CsvFile})");
        return CliContext.Ok;
    }

    /// <summary>The prompt versions behind a run's figures: the LLM engines' version names and ids, or the offline rules' version.</summary>
    public static string PromptVersionOf(IAssessmentEngine engine, IProfileEngine profiles)
    {
        var versions = new List<PromptVersion>();
        if (engine is LlmEngine llm)
        {
            versions.AddRange(llm.Prompts.All);
        }

        if (profiles is LlmProfileEngine profileLlm)
        {
            versions.Add(profileLlm.Prompt);
        }

        return versions.Count == 0 ? $"offline-rules/{OfflineEngine.Version}" : PromptSelection.Describe(versions);
    }

    private static string Num(double value) => value.ToString(value % 1 == 0 ? "N0" : "N1", CultureInfo.InvariantCulture);
}
