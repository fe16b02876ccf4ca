using System.CommandLine;
using System.Globalization;
using LeadQual.Cli.Rendering;
using LeadQual.Documents;
using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Baseline;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Reporting;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Storage;
using LeadQual.Profiles;
using LeadQual.Storage;
using LeadQual.Taxonomy;
using Spectre.Console;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual eval</c>: runs an engine over a labelled folder, writes metrics.json, the CSVs and the
/// report, stores the run in eval_runs, and with <c>--baseline</c> fails when a gated metric regressed.
/// </summary>
public static class EvalCommand
{
    public const int Regressed = 3;

    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "Labelled folder in the EVAL-DATA-FORMAT layout", DefaultValueFactory = _ => "eval-data" };
        var output = new Option<string?>("--out") { Description = "Output folder (default artifacts/eval/<timestamp>)" };
        var engines = new EngineOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Render every registered prompt version over the set and print tokens and estimated cost; no request, no engine call" };
        var concurrency = new Option<int>("--concurrency") { Description = "Jobs and pairs assessed at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var baseline = new Option<string?>("--baseline") { Description = "Baseline file (e.g. eval-data/baseline.json): exit 3 with a table when a metric regressed" };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write this run's gated metrics as a new baseline file (after an improvement)" };
        var db = CommonOptions.Database();
        var command = new Command("eval", "Score an engine against a labelled resume/job set and write metrics.json, CSVs and report.html")
        {
            data, output, concurrency, baseline, writeBaseline, db, dryRun,
        };
        engines.AddTo(command);
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var folder = result.GetValue(data)!;
            var set = Load(folder);
            var engineDatabase = new LeadQualDatabase(result.GetValue(db)!);
            if (result.GetValue(dryRun))
            {
                return await EvalDryRunCommand.RunAsync(context, set, engineDatabase, result.GetValue(engines.Model), result.GetValue(output), cancellationToken).ConfigureAwait(false);
            }

            var engine = await engines.CreateAsync(result, context, engineDatabase, cancellationToken).ConfigureAwait(false);
            using var disposableEngine = engine as IDisposable;
            var profileEngine = await engines.CreateProfileEngineAsync(result, context, engineDatabase, cancellationToken).ConfigureAwait(false);
            using var disposableProfileEngine = profileEngine as IDisposable;
            var profiles = new ProfilePipeline(profileEngine, context.Clock);
            var runner = new EvalRunner(engine, TaxonomyLoader.Default, context.Clock, profiles);
            var options = new EvalOptions { Concurrency = Math.Max(1, result.GetValue(concurrency)), PromptVersion = EvalDryRunCommand.PromptVersionOf(engine, profileEngine) };
            var outFolder = result.GetValue(output) ?? Path.Combine("artifacts", "eval", context.Clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));

            EvalResult? evaluation = null;
            await context.Console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var tasks = new Dictionary<string, ProgressTask>();
                    var reporter = new Progress<EvalProgress>(p =>
                    {
                        lock (tasks)
                        {
                            if (!tasks.TryGetValue(p.Phase, out var task))
                            {
                                task = tasks[p.Phase] = progress.AddTask(p.Phase, maxValue: p.Total);
                            }

                            task.Value = Math.Max(task.Value, p.Done);
                        }
                    });
                    evaluation = await runner.RunAsync(set, options, reporter, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);

            var database = new LeadQualDatabase(result.GetValue(db)!);
            var runs = new EvalRunStore(database);
            await runs.SaveAsync(evaluation!.Metrics, new { data = folder, engine = engine.Identity.Engine, model = engine.Identity.Model, concurrency = options.Concurrency }, cancellationToken).ConfigureAwait(false);
            await EvalArtifactWriter.WriteAsync(evaluation, outFolder, cancellationToken).ConfigureAwait(false);
            var history = await runs.HistoryAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await EvalHtmlReport.WriteAsync(evaluation, history, outFolder, cancellationToken).ConfigureAwait(false);
            EvalSummaryView.Render(context.Console, evaluation.Metrics, outFolder);
            if (result.GetValue(writeBaseline) is { } newBaseline)
            {
                await BaselineWriter.WriteAsync(BaselineWriter.From(evaluation.Metrics), newBaseline, cancellationToken).ConfigureAwait(false);
                context.Console.MarkupLine($"baseline written to [bold]{Markup.Escape(newBaseline)}[/]");
            }

            var baselinePath = result.GetValue(baseline);
            if (baselinePath is null)
            {
                return CliContext.Ok;
            }

            var checks = BaselineGate.Check(evaluation.Metrics, ReadBaseline(baselinePath));
            BaselineView.Render(context.Console, checks);
            if (checks.Any(c => c.Regressed))
            {
                await context.Error.WriteLineAsync($"error: {checks.Count(c => c.Regressed)} metric(s) regressed against {baselinePath}").ConfigureAwait(false);
                return Regressed;
            }

            return CliContext.Ok;
        }));
        return command;
    }

    private static EvalDataSet Load(string folder)
    {
        try
        {
            return EvalDataLoader.Load(folder);
        }
        catch (InvalidDataException error)
        {
            throw new InputException(folder, error.Message.ReplaceLineEndings(" "));
        }
        catch (DirectoryNotFoundException)
        {
            throw new InputException(folder, "folder not found");
        }
    }

    private static BaselineFile ReadBaseline(string path)
    {
        try
        {
            return BaselineGate.Read(path);
        }
        catch (Exception error) when (error is FileNotFoundException or InvalidDataException)
        {
            throw new InputException(path, error.Message.Replace(path + ": ", string.Empty, StringComparison.Ordinal));
        }
    }
}
