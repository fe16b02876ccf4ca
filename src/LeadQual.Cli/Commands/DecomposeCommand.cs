using System.CommandLine;
using LeadQual.Cli.Rendering;
using LeadQual.Storage;
using LeadQual.Pipeline;
using LeadQual.Serialization;

namespace LeadQual.Cli.Commands;

/// <summary><c>leadqual decompose --job FILE</c>: steps 2.1–2.3 only.</summary>
public static class DecomposeCommand
{
    public static Command Create(CliContext context)
    {
        var job = CommonOptions.Job();
        var json = CommonOptions.Json();
        var db = CommonOptions.Database();
        var engines = new EngineOptions();
        var command = new Command("decompose", "Decompose a job posting into classified atomic requirements (steps 2.1-2.3)") { job, json, db };
        engines.AddTo(command);
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var engine = await engines.CreateAsync(result, context, new LeadQualDatabase(result.GetValue(db)!), cancellationToken).ConfigureAwait(false);
            using var disposable = engine as IDisposable;
            var posting = await JobInput.LoadAsync(result.GetValue(job)!, null, engine.Identity, cancellationToken).ConfigureAwait(false);
            var decomposition = await new AssessmentPipeline(engine).DecomposeAsync(posting, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                var payload = new { engine = engine.Identity.Engine, model = engine.Identity.Model, job_id = posting.JobId, job_title = posting.Title, classified_objects = decomposition.Classified.ClassifiedObjects };
                await context.Output.WriteLineAsync(LeadQualJson.Serialize(payload, indented: true)).ConfigureAwait(false);
            }
            else
            {
                DecompositionView.Render(context.Console, posting, decomposition, engine.Identity);
            }

            return CliContext.Ok;
        }));
        return command;
    }
}
