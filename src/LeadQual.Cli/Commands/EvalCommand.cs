using System.CommandLine;
using System.Globalization;
using LeadQual.Cli.Rendering;
using LeadQual.Documents;
using LeadQual.Engines.Offline;
using LeadQual.Evaluation.Baseline;
using LeadQual.Evaluation.Comparison;
using LeadQual.Evaluation.Data;
using LeadQual.Evaluation.Repeats;
using LeadQual.Evaluation.Reporting;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Statistics;
using LeadQual.Evaluation.Storage;
using LeadQual.Evaluation.Units;
using LeadQual.Profiles;
using LeadQual.Serialization;
using LeadQual.Storage;
using LeadQual.Taxonomy;
using Spectre.Console;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual eval</c>: runs an engine over a labelled folder, writes metrics.json, the CSVs and the
/// report, stores the run (and its per-unit results) in eval_runs, runs it <c>--repeat N</c> times, and with
/// <c>--baseline</c> fails when a gated metric regressed beyond noise (<c>--junit</c>, <c>--summary</c> for CI).
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
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write this run as the new baseline: FILE (gated metrics) and FILE-units.json beside it (per-unit results the gate pairs with)" };
        var junit = new Option<string?>("--junit") { Description = "With --baseline: write the gate as JUnit XML to this file (one test case per gated metric)" };
        var summary = new Option<string?>("--summary") { Description = "With --baseline: write the gate as a markdown table to this file (e.g. $GITHUB_STEP_SUMMARY)" };
        var repeat = new Option<int>("--repeat") { Description = "Run the engine N times (an LLM repeat is never answered from an earlier repeat's cache) and report mean and spread, decision flips and unstable ratings", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap behind every interval (same seed, same intervals)", DefaultValueFactory = _ => Bootstrap.DefaultSeed };
        var db = CommonOptions.Database();
        var command = new Command("eval", "Score an engine against a labelled resume/job set and write metrics.json, CSVs and report.html")
        {
            data, output, concurrency, baseline, writeBaseline, junit, summary, repeat, seed, db, dryRun,
        };
        engines.AddTo(command);
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var folder = result.GetValue(data)!;
            var repeats = result.GetValue(repeat);
            if (repeats < 1)
            {
                throw new InputException("--repeat", $"must be at least 1, got {repeats}");
            }

            var baselinePath = result.GetValue(baseline);
            if (baselinePath is null && (result.GetValue(junit) ?? result.GetValue(summary)) is not null)
            {
                throw new InputException(result.GetValue(junit) is not null ? "--junit" : "--summary", "writes the baseline gate, so it needs --baseline FILE");
            }

            var set = Load(folder);
            var engineDatabase = new LeadQualDatabase(result.GetValue(db)!);
            if (result.GetValue(dryRun))
            {
                return await EvalDryRunCommand.RunAsync(context, set, engineDatabase, result.GetValue(engines.Model), result.GetValue(output), cancellationToken).ConfigureAwait(false);
            }

            // Read before the run, so a bad baseline fails in a second, not after the whole evaluation.
            var gate = baselinePath is null ? null : ReadBaseline(baselinePath);
            var outFolder = result.GetValue(output) ?? Path.Combine("artifacts", "eval", context.Clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            var database = new LeadQualDatabase(result.GetValue(db)!);
            var runs = new EvalRunStore(database);
            var evaluations = new List<(EvalResult Result, EvalUnits Units, string RunId)>();
            for (var r = 0; r < repeats; r++)
            {
                var engine = await engines.CreateAsync(result, context, engineDatabase, cancellationToken, repeat: r).ConfigureAwait(false);
                using var disposableEngine = engine as IDisposable;
                var profileEngine = await engines.CreateProfileEngineAsync(result, context, engineDatabase, cancellationToken, repeat: r).ConfigureAwait(false);
                using var disposableProfileEngine = profileEngine as IDisposable;
                var runner = new EvalRunner(engine, TaxonomyLoader.Default, context.Clock, new ProfilePipeline(profileEngine, context.Clock));
                var options = new EvalOptions { Concurrency = Math.Max(1, result.GetValue(concurrency)), PromptVersion = EvalDryRunCommand.PromptVersionOf(engine, profileEngine), Seed = result.GetValue(seed) };
                var evaluation = await RunWithProgressAsync(context, runner, set, options, repeats == 1 ? string.Empty : $"repeat {r + 1}/{repeats}: ", cancellationToken).ConfigureAwait(false);
                var units = EvalUnits.Of(evaluation);
                var runId = await runs.SaveAsync(evaluation.Metrics, new { data = folder, engine = engine.Identity.Engine, model = engine.Identity.Model, concurrency = options.Concurrency, repeat = r + 1, repeats }, units, cancellationToken).ConfigureAwait(false);
                evaluations.Add((evaluation, units, runId));
                if (r > 0)
                {
                    await EvalArtifactWriter.WriteAsync(evaluation, Path.Combine(outFolder, $"repeat-{r + 1}"), cancellationToken).ConfigureAwait(false);
                }
            }

            var (first, firstUnits, firstId) = evaluations[0];
            await EvalArtifactWriter.WriteAsync(first, outFolder, cancellationToken).ConfigureAwait(false);
            var history = await runs.HistoryAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            RepeatSummary? repeated = null;
            if (repeats > 1)
            {
                repeated = RepeatSummary.Of(evaluations.Select(e => e.Units).ToList());
                await File.WriteAllTextAsync(Path.Combine(outFolder, RepeatSummary.FileName), LeadQualJson.Serialize(repeated, indented: true), cancellationToken).ConfigureAwait(false);
            }

            var comparison = gate?.Units is { } baselineUnits ? RunComparison.Of(baselineUnits, firstUnits, baselinePath!, outFolder, result.GetValue(seed)) : null;
            await EvalHtmlReport.WriteAsync(first, history, outFolder, cancellationToken, repeated, comparison).ConfigureAwait(false);
            EvalSummaryView.Render(context.Console, first.Metrics, outFolder);
            context.Console.MarkupLine($"eval_runs id [bold]{Markup.Escape(firstId)}[/] (leadqual compare takes it, or the output folder)");
            if (repeated is not null)
            {
                RepeatView.Render(context.Console, repeated);
            }

            if (result.GetValue(writeBaseline) is { } newBaseline)
            {
                await BaselineWriter.WriteAsync(first.Metrics, firstUnits, newBaseline, cancellationToken: cancellationToken).ConfigureAwait(false);
                context.Console.MarkupLine($"baseline written to [bold]{Markup.Escape(newBaseline)}[/] with its per-unit results in [bold]{Markup.Escape(BaselineWriter.UnitsFileName(newBaseline))}[/] beside it");
            }

            if (gate is null)
            {
                return CliContext.Ok;
            }

            var checks = BaselineGate.Check(first.Metrics, firstUnits, gate.Value.File, gate.Value.Units, result.GetValue(seed));
            BaselineView.Render(context.Console, checks, gate.Value.File);
            if (result.GetValue(summary) is { } summaryPath)
            {
                await File.AppendAllTextAsync(summaryPath, GateSummary.Markdown(checks, first.Metrics, gate.Value.File) + "\n", cancellationToken).ConfigureAwait(false);
            }

            if (result.GetValue(junit) is { } junitPath)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(junitPath))!);
                var xml = GateSummary.JUnit(checks, first.Metrics, gate.Value.File);
                await File.WriteAllTextAsync(junitPath, xml.Declaration + "\n" + xml + "\n", cancellationToken).ConfigureAwait(false);
            }

            if (checks.Any(c => c.Regressed))
            {
                await context.Error.WriteLineAsync($"error: {checks.Count(c => c.Regressed)} metric(s) regressed against {baselinePath}").ConfigureAwait(false);
                return Regressed;
            }

            return CliContext.Ok;
        }));
        return command;
    }

    private static async Task<EvalResult> RunWithProgressAsync(CliContext context, EvalRunner runner, EvalDataSet set, EvalOptions options, string label, CancellationToken cancellationToken)
    {
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
                            task = tasks[p.Phase] = progress.AddTask(label + p.Phase, maxValue: p.Total);
                        }

                        task.Value = Math.Max(task.Value, p.Done);
                    }
                });
                evaluation = await runner.RunAsync(set, options, reporter, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        return evaluation!;
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

    private static (BaselineFile File, EvalUnits? Units)? ReadBaseline(string path)
    {
        BaselineFile file;
        try
        {
            file = BaselineGate.Read(path);
        }
        catch (Exception error) when (error is FileNotFoundException or InvalidDataException)
        {
            throw new InputException(path, error.Message.Replace(path + ": ", string.Empty, StringComparison.Ordinal));
        }

        try
        {
            return (file, BaselineGate.ReadUnits(file, path));
        }
        catch (Exception error) when (error is FileNotFoundException or InvalidDataException)
        {
            throw new InputException(path, $"its per-unit results cannot be read: {error.Message}");
        }
    }
}
