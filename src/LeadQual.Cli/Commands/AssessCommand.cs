using System.CommandLine;
using LeadQual.Cli.Rendering;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Pipeline;
using LeadQual.Serialization;
using LeadQual.Storage;

namespace LeadQual.Cli.Commands;

/// <summary><c>leadqual assess --job FILE --resume FILE</c>: the seed's four steps and a rating, stored in SQLite.</summary>
public static class AssessCommand
{
    public static Command Create(CliContext context)
    {
        var job = CommonOptions.Job();
        var resume = new Option<string>("--resume") { Description = "Resume file: .md or .txt", Required = true };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var engines = new EngineOptions();
        var command = new Command("assess", "Assess a job posting against a resume: decomposition, one decision per requirement, rating") { job, resume, db, json };
        engines.AddTo(command);
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var database = new LeadQualDatabase(result.GetValue(db)!);
            var store = new AssessmentStore(database, context.Clock);
            var engine = await engines.CreateAsync(result, context, database, cancellationToken).ConfigureAwait(false);
            using var disposable = engine as IDisposable;
            var pipeline = new AssessmentPipeline(engine, store);
            var jobPath = result.GetValue(job)!;
            var posting = await JobInput.LoadAsync(jobPath, store, engine.Identity, cancellationToken).ConfigureAwait(false);
            Resume candidate;
            try
            {
                candidate = await DocumentLoader.LoadResumeAsync(result.GetValue(resume)!, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (InputException failure)
            {
                await store.QuarantineAsync(posting.JobId, posting, QuarantineReasons.MissingResume, failure.Message, engine.Identity.Engine, [], cancellationToken).ConfigureAwait(false);
                throw;
            }

            var run = await pipeline.AssessAsync(posting, candidate, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                await context.Output.WriteLineAsync(LeadQualJson.Serialize(run.Result, indented: true)).ConfigureAwait(false);
            }
            else
            {
                AssessmentView.Render(context.Console, run);
            }

            return CliContext.Ok;
        }));
        return command;
    }
}
