using System.CommandLine;
using LeadQual.Cli.Rendering;
using LeadQual.Documents;
using LeadQual.Profiles;
using LeadQual.Serialization;
using LeadQual.Storage;
using Spectre.Console;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual profile --resume FILE|DIR [--concurrency N] [--json] [--db PATH] [--engine offline|llm …]</c>: candidate profiles stored
/// in SQLite, each engine call as a <c>profile_llm_runs</c> row. A folder is a batch with a progress bar and a summary
/// table (ending, for an LLM engine, with what the calls were); a bad file is quarantined (<c>profile_quarantine</c>)
/// and the batch goes on. Exit 0 when every file was profiled, 2 when any was
/// quarantined, 1 when a single resume file cannot be read.
/// </summary>
public static class ProfileCommand
{
    public static Command Create(CliContext context)
    {
        var resume = new Option<string>("--resume") { Description = "Resume file (.md or .txt) or a folder of them", Required = true };
        var concurrency = new Option<int>("--concurrency")
        {
            Description = "Resumes profiled at once",
            DefaultValueFactory = _ => Math.Max(1, Environment.ProcessorCount),
        };
        concurrency.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--concurrency must be at least 1");
            }
        });
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var engines = new EngineOptions();
        var command = new Command("profile", "Profile resumes: explicit and inferred skills with evidence, trajectory, leadership, quality flags") { resume, concurrency, db, json };
        engines.AddTo(command);
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var path = result.GetValue(resume)!;
            var inputs = ProfileBatch.FindInputs(path);
            var single = File.Exists(path);
            var database = new LeadQualDatabase(result.GetValue(db)!);
            var store = new ProfileStore(database, context.Clock);
            var asJson = result.GetValue(json);
            var streamed = result.GetValue(engines.Stream) && !asJson ? new StreamProgressLine(context.Error) : null;
            var engine = await engines.CreateProfileEngineAsync(result, context, database, cancellationToken, streamed).ConfigureAwait(false);
            using var disposableEngine = engine as IDisposable;
            var batch = new ProfileBatch(new ProfilePipeline(engine, context.Clock), store);
            var started = context.Clock.GetTimestamp();

            ProfileBatchResult outcome;
            if (asJson || single)
            {
                outcome = await batch.RunAsync(inputs, result.GetValue(concurrency), null, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                outcome = await context.Console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask($"Profiling {inputs.Count} resumes", maxValue: Math.Max(1, inputs.Count));
                        return await batch.RunAsync(inputs, result.GetValue(concurrency), new TaskProgress(task), cancellationToken).ConfigureAwait(false);
                    }).ConfigureAwait(false);
            }

            if (single && outcome.Items[0] is { Profile: null } bad)
            {
                throw new InputException(bad.Detail ?? $"{path}: quarantined ({bad.QuarantineReason})");
            }

            if (asJson)
            {
                object payload = single
                    ? outcome.Items[0].Profile!
                    : new
                    {
                        profiles = outcome.Profiles,
                        quarantined = outcome.Quarantined.Select(q => new { resume_id = q.ResumeId, path = q.Path, reason = q.QuarantineReason, detail = q.Detail }),
                    };
                await context.Output.WriteLineAsync(LeadQualJson.Serialize(payload, indented: true)).ConfigureAwait(false);
            }
            else
            {
                if (single)
                {
                    ProfileView.RenderDetail(context.Console, outcome.Items[0].Profile!);
                }

                ProfileView.RenderSummary(context.Console, outcome, context.Clock.GetElapsedTime(started), describeCalls: engine.Identity.Engine != "offline");
            }

            return outcome.Quarantined.Any() ? CliContext.Quarantined : CliContext.Ok;
        }));
        return command;
    }

    /// <summary>Advances the progress bar as each resume finishes, on whichever worker finishes it.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<ProfileBatchItem>
    {
        public void Report(ProfileBatchItem value) => task.Increment(1);
    }
}
