using System.CommandLine;
using System.Globalization;
using LeadQual.Documents;
using LeadQual.Engines.Offline;
using LeadQual.Prompts.Estimation;
using Spectre.Console;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual prompts estimate --job FILE... --resume FILE [--model ID]</c>: a dry run of every
/// registered prompt version — tokens counted locally, cost from the price table, no request sent.
/// </summary>
public static class PromptsEstimateCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Database();
        var jobs = new Option<string[]>("--job") { Description = "Job posting files", Required = true, AllowMultipleArgumentsPerToken = true };
        var resume = new Option<string?>("--resume") { Description = "Resume file (step 3.1 is skipped without one)" };
        var model = new Option<string?>("--model") { Description = "Price every version as this model (default: each version's model)" };
        var json = CommonOptions.Json();
        var command = new Command("estimate", "Dry run: input tokens (o200k) and estimated cost of every prompt version over the given postings, no network") { jobs, resume, model, db, json };
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var registry = await PromptsCommand.RegistryAsync(context, result.GetValue(db)!, cancellationToken).ConfigureAwait(false);
            var versions = (await registry.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Select(p => p.Version).ToList();
            var postings = new List<JobPosting>();
            foreach (var path in result.GetValue(jobs)!)
            {
                postings.Add(await DocumentLoader.LoadPostingAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false));
            }

            var candidate = result.GetValue(resume) is { } resumePath ? await DocumentLoader.LoadResumeAsync(resumePath, cancellationToken: cancellationToken).ConfigureAwait(false) : null;
            var estimator = new PromptCostEstimator(new OfflineEngine(clock: context.Clock));
            var estimates = await estimator.EstimateAsync(versions, postings, candidate, result.GetValue(model), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                var rows = estimates.Select(e => new
                {
                    name = e.Version.Name, label = e.Version.Label, version_id = e.Version.Id, model = e.Model, jobs = e.Jobs,
                    input_tokens = e.InputTokens, input_tokens_per_job = e.InputTokensPerJob, estimated_output_tokens = e.EstimatedOutputTokens,
                    reasoning_budget_tokens = e.ReasoningBudgetTokens, estimated_cost_usd = e.EstimatedCostUsd, tokenizer = TokenCounter.O200k.Encoding, dry_run = true,
                });
                await context.Output.WriteLineAsync(LeadQual.Serialization.LeadQualJson.Serialize(rows, indented: true)).ConfigureAwait(false);
                return CliContext.Ok;
            }

            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in new[] { "Step", "Label", "Version id", "Priced as", "Jobs", "Input tokens", "Per job", "Est. output", "Reasoning budget", "Est. cost (USD)" })
            {
                table.AddColumn(column);
            }

            foreach (var e in estimates)
            {
                table.AddRow(Markup.Escape(e.Version.Name), Markup.Escape(e.Version.Label), e.Version.Id, Markup.Escape(e.Model), Num(e.Jobs), Num(e.InputTokens), Num(e.InputTokensPerJob),
                    Num(e.EstimatedOutputTokens), Num(e.ReasoningBudgetTokens), e.EstimatedCostUsd is { } c ? c.ToString("0.######", CultureInfo.InvariantCulture) : "no price");
            }

            context.Console.Write(table);
            context.Console.MarkupLine("[grey]Dry run: no request sent. Input tokens counted with o200k_base; output sized by the offline engine's answers; reasoning at its budget (upper bound); cost from LeadQual's built-in price table, an estimate.[/]");
            return CliContext.Ok;
        }));
        return command;
    }

    private static string Num(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
